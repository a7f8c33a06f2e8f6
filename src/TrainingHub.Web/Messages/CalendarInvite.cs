using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Calendars;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
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
        var cancellations = await CancellationsAsync(facts, cancellationToken);
        entries = entries.Select(e => e with { Cancelled = e.Cancelled || cancel, Sequence = e.Sequence + OwnSequence(cancellations, cancel && !e.Cancelled) }).ToList();
        var invitation = new CalendarInvitation(
            cancel ? CalendarInvitation.Cancel : CalendarInvitation.Request, options.OrganiserEmail, options.OrganiserName,
            facts.Email, facts.FullName, cancel ? null : TimeSpan.FromMinutes(options.AlarmMinutesBefore));
        var text = CalendarWriter.Write(facts.Title, entries, invitation);
        return [EmailAttachment.Invitation(invitation.Method, text)];
    }

    /// <summary>
    /// What the person's own place adds to the event's SEQUENCE. Cancelling one place leaves the event unchanged, so
    /// that CANCEL needs a higher SEQUENCE of its own, and a REQUEST after they book again a higher one still, or
    /// their calendar ignores it as older: each of their cancellations counts two, and the CANCEL of a place one less.
    /// (A cancelled event has raised its own SEQUENCE already.)
    /// </summary>
    private static int OwnSequence(int cancellations, bool placeCancelled) =>
        placeCancelled ? Math.Max(1, 2 * cancellations - 1) : 2 * cancellations;

    private Task<int> CancellationsAsync(BookingFacts facts, CancellationToken cancellationToken) =>
        db.BookingTransitions.CountAsync(t => t.To == BookingState.Cancelled
            && t.Booking!.PersonId == facts.PersonId && t.Booking.ProgrammeEventId == facts.EventId, cancellationToken);
}
