using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Domain.Messages;

/// <summary>A reminder before an event: 7 days or 1 day ahead of its first session.</summary>
public sealed record ReminderLead(string Kind, int Days)
{
    public static readonly ReminderLead Week = new("reminder-7-days", 7);
    public static readonly ReminderLead Day = new("reminder-1-day", 1);
    public static readonly IReadOnlyList<ReminderLead> All = [Week, Day];

    public static ReminderLead? ForKind(string kind) => All.FirstOrDefault(r => r.Kind == kind);
}

/// <summary>
/// When a reminder is due, and whether it is still right to send. Days are UK calendar days: a reminder for
/// a 09:30 session a week ahead is due at 09:30 UK time seven days earlier, whichever side of a clock change.
/// </summary>
public static class ReminderTiming
{
    /// <summary>How late a reminder may still go: later than this, "in one week" or "tomorrow" would no longer be true.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(6);

    public static DateTimeOffset DueAt(ReminderLead lead, DateTimeOffset firstSessionStartsAt)
    {
        var date = LondonTime.DateOf(firstSessionStartsAt).AddDays(-lead.Days);
        // The start's wall-clock time may not exist on the earlier day (the hour skipped in spring): an hour later does.
        var reading = LondonTime.ToInstant(date, LondonTime.TimeOf(firstSessionStartsAt));
        return reading.Instant ?? LondonTime.ToInstant(date, LondonTime.TimeOf(firstSessionStartsAt).AddHours(1)).Instant!.Value;
    }

    /// <summary>Why not to send the reminder now, or null to send it.</summary>
    public static string? WhyNot(ReminderLead lead, DateTimeOffset firstSessionStartsAt, DateTimeOffset placeHeldSince, DateTimeOffset now)
    {
        var due = DueAt(lead, firstSessionStartsAt);
        if (now >= firstSessionStartsAt) return "The session has started.";
        if (placeHeldSince > due) return "The place was booked after the reminder was due.";
        if (now > due + Grace) return "Too late for what the reminder says.";
        return null;
    }
}
