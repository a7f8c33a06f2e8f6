using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Domain.Feedback;

/// <summary>
/// When an attendee may give (and change) feedback: only after completing the event, and until 28 days after it
/// ends, so reports settle while the day is still fresh in people's minds.
/// </summary>
public static class FeedbackWindow
{
    public static readonly TimeSpan OpenFor = TimeSpan.FromDays(28);

    /// <summary>Falls back to when the attendee completed it for an event with no sessions recorded.</summary>
    public static DateTimeOffset ClosesAt(DateTimeOffset? eventEndsAt, DateTimeOffset completedAt) =>
        (eventEndsAt ?? completedAt) + OpenFor;

    /// <summary>The earliest event end whose feedback is still open at <paramref name="now"/>, for queries.</summary>
    public static DateTimeOffset StillOpenIfEndedAfter(DateTimeOffset now) => now - OpenFor;

    public static string? WhyNot(BookingState state, DateTimeOffset? completedAt, DateTimeOffset? eventEndsAt, DateTimeOffset now)
    {
        if (state != BookingState.Attended || completedAt is not { } completed)
            return "Feedback opens once you have completed the event (attended every session)";
        if (now >= ClosesAt(eventEndsAt, completed)) return "Feedback for this event has closed";
        return null;
    }
}
