using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Domain.Attendance;

/// <summary>
/// What a booking's register marks make of it once the event is over: attended when present at every session,
/// did not attend when marked absent at any; and back again when the register is corrected. Before the last
/// session ends nothing moves, however many marks there are.
/// </summary>
public static class AttendanceOutcome
{
    /// <summary>Only places actually held on the event are on its register.</summary>
    public static readonly BookingState[] OnRegister = [BookingState.Booked, BookingState.Attended, BookingState.NoShow];

    public static bool IsOnRegister(BookingState state) => OnRegister.Contains(state);

    /// <summary>The state the booking should be in at <paramref name="now"/>; the current one when the marks change nothing.</summary>
    public static BookingState Decide(BookingState current, IReadOnlyCollection<SessionTime> sessions,
        IReadOnlyDictionary<int, bool> presentBySession, DateTimeOffset now)
    {
        if (!IsOnRegister(current)) return current;
        var present = presentBySession.Where(m => m.Value).Select(m => m.Key).ToHashSet();
        if (Completion.HasCompleted(sessions, present, now)) return BookingState.Attended;
        var absentSomewhere = sessions.Any(s => presentBySession.TryGetValue(s.Id, out var p) && !p);
        // An attended booking that no longer has every session present was marked wrongly: it did not attend.
        if ((current == BookingState.Attended && absentSomewhere) || (absentSomewhere && Completion.HasEnded(sessions, now)))
            return BookingState.NoShow;
        return current;
    }
}
