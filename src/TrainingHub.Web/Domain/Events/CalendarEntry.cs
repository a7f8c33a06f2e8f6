namespace TrainingHub.Web.Domain.Events;

/// <summary>
/// One session as a calendar entry. Uid must stay the same for the life of the session, and Sequence must rise
/// whenever what attendees were sent changes, or their calendar keeps the old entry.
/// </summary>
public sealed record CalendarEntry(
    string Uid, int Sequence, DateTimeOffset Stamp, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Summary, string? Location, string? Description, string? Url, bool Cancelled);

/// <summary>
/// What makes a calendar file an invitation (RFC 5546 iTIP): REQUEST to add or update, CANCEL to remove;
/// the organiser is the programme's mailbox, the attendee the person invited; an alarm reminds them before.
/// </summary>
public sealed record CalendarInvitation(
    string Method, string OrganiserEmail, string OrganiserName, string AttendeeEmail, string AttendeeName, TimeSpan? AlarmBefore)
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
    public const string Publish = "PUBLISH";
}
