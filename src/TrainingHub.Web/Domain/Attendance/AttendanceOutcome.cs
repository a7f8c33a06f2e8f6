using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Domain.Attendance;

/// <summary>
/// What a booking's register marks make of it: attended when present at every session; did not attend when
/// marked absent at any session once the event is over; and back again when the register is corrected.
/// </summary>
public static class AttendanceOutcome
{
    /// <summary>Only places actually held on the event are on its register.</summary>
    public static readonly BookingState[] OnRegister = [BookingState.Booked, BookingState.Attended, BookingState.NoShow];

    public static bool IsOnRegister(BookingState state) => OnRegister.Contains(state);

    /// <summary>The state the booking should be in; the current one when the marks change nothing.</summary>
    public static BookingState Decide(BookingState current, IReadOnlyCollection<int> sessionIds,
        IReadOnlyDictionary<int, bool> presentBySession, bool eventIsOver)
    {
        if (!IsOnRegister(current)) return current;
        var present = presentBySession.Where(m => m.Value).Select(m => m.Key).ToHashSet();
        if (Completion.HasCompleted(sessionIds, present)) return BookingState.Attended;
        var absentSomewhere = sessionIds.Any(id => presentBySession.TryGetValue(id, out var p) && !p);
        // An attended booking that no longer has every session present was marked wrongly: it did not attend.
        if (current == BookingState.Attended || (absentSomewhere && eventIsOver)) return BookingState.NoShow;
        return current;
    }
}
