using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// The NHS date input as a person meets it: a group named by its legend ("From") holding Day, Month and Year boxes,
/// found by those names as a screen reader announces them.
/// </summary>
public static class DateInputs
{
    public static ILocator Group(IPage page, string legend) =>
        page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    public static ILocator Box(IPage page, string legend, string part) =>
        Group(page, legend).GetByLabel(part, new() { Exact = true });

    /// <summary>Types a date into the boxes of the date input with this legend.</summary>
    public static async Task FillAsync(IPage page, string legend, DateOnly day)
    {
        await Box(page, legend, "Day").FillAsync(day.Day.ToString());
        await Box(page, legend, "Month").FillAsync(day.Month.ToString());
        await Box(page, legend, "Year").FillAsync(day.Year.ToString());
    }
}
