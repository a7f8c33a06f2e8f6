using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Domain.Bookings;

/// <summary>One session of an event as the attendance rules see it.</summary>
public sealed record SessionTime(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

/// <summary>
/// An attendee has completed an event once its last session has ended and they were marked present at every one
/// of its sessions. Being checked in early, or present at every session so far, completes nothing: certificates,
/// feedback and coverage follow completion, and completion follows the end of the course.
/// </summary>
public static class Completion
{
    public static bool HasEnded(IReadOnlyCollection<SessionTime> sessions, DateTimeOffset now) =>
        sessions.Count > 0 && sessions.Max(s => s.EndsAt) <= now;

    public static bool HasCompleted(IReadOnlyCollection<SessionTime> sessions, IReadOnlySet<int> sessionsPresent, DateTimeOffset now) =>
        HasEnded(sessions, now) && sessions.All(s => sessionsPresent.Contains(s.Id));

    /// <summary>
    /// The moment completion became true: the end of the last session, or the last present mark when the register
    /// was finished after the end. A job that notices later does not move it.
    /// </summary>
    public static DateTimeOffset CompletedAt(IReadOnlyCollection<SessionTime> sessions, DateTimeOffset lastPresentMarkedAt)
    {
        var lastEnd = sessions.Max(s => s.EndsAt);
        return lastPresentMarkedAt > lastEnd ? lastPresentMarkedAt : lastEnd;
    }
}

/// <summary>
/// Self check-in with the code shown in the room: only a booked attendee, and only from a set time before the
/// session starts (the event's own setting, for people arriving early) until it ends.
/// </summary>
public static class SelfCheckIn
{
    public const int DefaultOpensMinutesBefore = 30;
    public const int MostOpensMinutesBefore = 240;

    public static DateTimeOffset OpensAt(DateTimeOffset startsAt, int opensMinutesBefore) => startsAt.AddMinutes(-opensMinutesBefore);

    public static string? WhyNot(bool isBooked, int opensMinutesBefore, DateTimeOffset startsAt, DateTimeOffset endsAt, DateTimeOffset now)
    {
        if (!isBooked) return "Only people booked on this event can check in";
        if (now < OpensAt(startsAt, opensMinutesBefore))
            return $"Check-in opens at {LondonTime.ToLocal(OpensAt(startsAt, opensMinutesBefore)):HH:mm} on {LondonTime.ToLocal(startsAt):dddd d MMMM}, {Minutes(opensMinutesBefore)} before the session starts";
        if (now > endsAt) return "This session has ended";
        return null;
    }

    /// <summary>How the setting reads on a page: "30 minutes", "1 hour", "at the start".</summary>
    public static string Minutes(int minutes) => minutes switch
    {
        0 => "no time",
        1 => "1 minute",
        60 => "1 hour",
        _ when minutes % 60 == 0 => $"{minutes / 60} hours",
        _ => $"{minutes} minutes",
    };

    public static string? WhyNotSetting(int opensMinutesBefore) =>
        opensMinutesBefore is < 0 or > MostOpensMinutesBefore
            ? $"Check-in must open between 0 and {MostOpensMinutesBefore} minutes before each session"
            : null;
}

/// <summary>The register is for who was there: a lead or trainer marks it from the session's start, never before.</summary>
public static class SessionRegister
{
    public static string? WhyNot(DateTimeOffset startsAt, DateTimeOffset now) =>
        now < startsAt ? $"The register opens when the session starts, at {LondonTime.ToLocal(startsAt):HH:mm} on {LondonTime.ToLocal(startsAt):dddd d MMMM}" : null;
}
