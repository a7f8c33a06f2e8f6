using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// An NHS date input as a person meets it: a group named by its legend holding Day, Month and Year boxes, found by
/// those names as a screen reader announces them.
/// </summary>
public static class NhsDateInput
{
    public static ILocator Group(ILocator scope, string legend) =>
        scope.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    /// <summary>Types the date into the Day, Month and Year boxes of the date input named by its legend.</summary>
    public static async Task FillDateAsync(this ILocator scope, string legend, DateOnly date)
    {
        var group = Group(scope, legend);
        await group.GetByLabel("Day", new() { Exact = true }).FillAsync(date.Day.ToString());
        await group.GetByLabel("Month", new() { Exact = true }).FillAsync(date.Month.ToString());
        await group.GetByLabel("Year", new() { Exact = true }).FillAsync(date.Year.ToString());
    }
}
