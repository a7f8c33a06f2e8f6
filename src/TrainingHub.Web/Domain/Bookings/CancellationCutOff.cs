namespace TrainingHub.Web.Domain.Bookings;

/// <summary>
/// An attendee may cancel their own place up to the cut-off the event sets (hours before its first session).
/// A lead may still cancel after it; such a cancellation counts as late and leads see it beside the no-shows.
/// </summary>
public static class CancellationCutOff
{
    public static readonly TimeSpan Default = TimeSpan.FromHours(48);

    public static DateTimeOffset For(DateTimeOffset firstSessionStart, TimeSpan beforeStart) => firstSessionStart - beforeStart;

    public static bool AttendeeMayCancel(DateTimeOffset cutOff, DateTimeOffset now) => now < cutOff;

    public static bool IsLate(DateTimeOffset cutOff, DateTimeOffset cancelledAt) => cancelledAt >= cutOff;
}
