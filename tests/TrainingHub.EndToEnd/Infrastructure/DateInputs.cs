using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// The NHS date input as a person meets it: a group named by its legend ("From") holding Day, Month and Year boxes,
/// found by those names as a screen reader announces them; on the whole page, or within a part of it (one action's row).
/// </summary>
public static class DateInputs
{
    public static ILocator Box(IPage page, string legend, string part) => Box(page.Locator("body"), legend, part);

    public static ILocator Box(ILocator scope, string legend, string part) =>
        scope.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true }).GetByLabel(part, new() { Exact = true });

    /// <summary>Types a date into the boxes of the date input with this legend.</summary>
    public static Task FillAsync(IPage page, string legend, DateOnly day) => FillAsync(page.Locator("body"), legend, day);

    public static async Task FillAsync(ILocator scope, string legend, DateOnly day)
    {
        await Box(scope, legend, "Day").FillAsync(day.Day.ToString());
        await Box(scope, legend, "Month").FillAsync(day.Month.ToString());
        await Box(scope, legend, "Year").FillAsync(day.Year.ToString());
    }
}
