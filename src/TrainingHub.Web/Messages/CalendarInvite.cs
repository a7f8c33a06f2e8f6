using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Events;

namespace TrainingHub.Web.Messages;

/// <summary>
/// The event's sessions as a calendar invitation from the programme's mailbox, made at send time: REQUEST
/// (add or update, with an alarm) for a confirmed place or a changed event, CANCEL when the place or the
/// event is cancelled. The UIDs are the event calendar's, so the entry already in a calendar is updated, not doubled.
/// </summary>
public sealed class CalendarInvite(TrainingHubDbContext db, EventCalendar calendar, BookingMessageValues messageValues, MessageOptions options)
    : INotificationAttachments
{
    private static readonly string[] Requests = [MessageKinds.BookingConfirmed, MessageKinds.BookingPromoted, MessageKinds.EventChanged];
    private static readonly string[] Cancels = [MessageKinds.BookingCancelled, MessageKinds.EventCancelled];

    public IReadOnlyCollection<string> Kinds { get; } = [.. Requests, .. Cancels];

    public async Task<IReadOnlyList<EmailAttachment>> ForAsync(string kind, string subject, int recipientPersonId,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        if (!int.TryParse(values.GetValueOrDefault(BookingMessageValues.BookingIdKey), out var bookingId)) return [];
        if (await messageValues.FactsAsync(bookingId, cancellationToken) is not { } facts) return [];
        var cancel = Cancels.Contains(kind);
        var entries = await calendar.EntriesAsync(db.EventSessions.Where(s => s.ProgrammeEventId == facts.EventId), options.PortalUrl.TrimEnd('/'));
        if (entries.Count == 0) return [];
        // One person's cancelled place leaves the event itself unchanged, so their CANCEL needs a newer SEQUENCE of its own.
        if (cancel) entries = entries.Select(e => e.Cancelled ? e : e with { Cancelled = true, Sequence = e.Sequence + 1 }).ToList();
        var invitation = new CalendarInvitation(
            cancel ? CalendarInvitation.Cancel : CalendarInvitation.Request, options.OrganiserEmail, options.OrganiserName,
            facts.Email, facts.FullName, cancel ? null : TimeSpan.FromMinutes(options.AlarmMinutesBefore));
        var text = CalendarFile.Write(facts.Title, entries, invitation);
        return [new EmailAttachment("invite.ics", $"text/calendar; method={invitation.Method}; charset=utf-8", text)];
    }
}
