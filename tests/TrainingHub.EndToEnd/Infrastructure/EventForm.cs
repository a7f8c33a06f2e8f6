using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// The event form's sessions as a lead meets them: each session a group named "Session N" holding the NHS date input
/// (Day, Month, Year) and its start and end times, found by those names as a screen reader announces them.
/// </summary>
public static class EventForm
{
    public static ILocator Session(IPage page, int number) =>
        page.GetByRole(AriaRole.Group, new() { Name = $"Session {number}", Exact = true });

    public static ILocator Box(IPage page, int number, string label) =>
        Session(page, number).GetByLabel(label, new() { Exact = true });

    /// <summary>Types a session's date into its three boxes and its UK start and end times ("09:30").</summary>
    public static Task FillSessionAsync(IPage page, int number, DateOnly day, string start, string end) =>
        TypeSessionAsync(page, number, [day.Day.ToString(), day.Month.ToString(), day.Year.ToString()], start, end);

    /// <summary>Types day, month and year as given (a date that cannot be, too) and the start and end times.</summary>
    public static async Task TypeSessionAsync(IPage page, int number, string[] dayMonthYear, string start, string end)
    {
        await Box(page, number, "Day").FillAsync(dayMonthYear[0]);
        await Box(page, number, "Month").FillAsync(dayMonthYear[1]);
        await Box(page, number, "Year").FillAsync(dayMonthYear[2]);
        await Box(page, number, "Start time").FillAsync(start);
        await Box(page, number, "End time").FillAsync(end);
    }

    /// <summary>What the session's date boxes show: day, month and year as typed.</summary>
    public static async Task<string[]> DateShownAsync(IPage page, int number) =>
    [
        await Box(page, number, "Day").InputValueAsync(), await Box(page, number, "Month").InputValueAsync(),
        await Box(page, number, "Year").InputValueAsync(),
    ];

    /// <summary>"Add another session", then waits for the new session's group.</summary>
    public static async Task AddSessionAsync(IPage page, int newNumber)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add another session" }).ClickAsync();
        await Session(page, newNumber).WaitForAsync();
    }
}
