namespace TrainingHub.Web.Domain.Events;

/// <summary>The weeks of a month as a calendar shows them: Monday first, padded with the neighbouring months' days.</summary>
public static class MonthGrid
{
    public static IReadOnlyList<IReadOnlyList<DateOnly>> Weeks(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        var start = first.AddDays(-(((int)first.DayOfWeek + 6) % 7));
        var last = first.AddMonths(1).AddDays(-1);
        var weeks = new List<IReadOnlyList<DateOnly>>();
        for (var monday = start; monday <= last; monday = monday.AddDays(7))
            weeks.Add(Enumerable.Range(0, 7).Select(monday.AddDays).ToList());
        return weeks;
    }
}
