namespace TrainingHub.Web.Domain.Bookings;

/// <summary>An attendee has completed an event when they were marked present at every one of its sessions.</summary>
public static class Completion
{
    public static bool HasCompleted(IReadOnlyCollection<int> sessionIds, IReadOnlySet<int> sessionsPresent) =>
        sessionIds.Count > 0 && sessionIds.All(sessionsPresent.Contains);
}

/// <summary>
/// Self check-in with the code shown in the room: only a booked attendee, only with this session's code, and only
/// while the session runs (opening a little before the start, for people arriving early).
/// </summary>
public static class SelfCheckIn
{
    public static readonly TimeSpan OpensBeforeStart = TimeSpan.FromMinutes(30);

    public static string? WhyNot(bool isBooked, string sessionCode, string enteredCode, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (!isBooked) return "Only people booked on this event can check in";
        if (now < startsAt - OpensBeforeStart) return "Check-in opens 30 minutes before the session starts";
        if (now > endsAt) return "This session has ended";
        if (!string.Equals(sessionCode.Trim(), enteredCode.Trim(), StringComparison.OrdinalIgnoreCase)) return "The code does not match the one shown in the room";
        return null;
    }
}
