using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Who a message about an event goes to: people with a place, and (when chosen) people waiting or offered one.</summary>
public sealed record MessageRecipients(IReadOnlyList<EventMessages.Recipient> Booked, IReadOnlyList<EventMessages.Recipient> Waiting)
{
    public IReadOnlyList<EventMessages.Recipient> For(bool includeWaiting) => includeWaiting ? [.. Booked, .. Waiting] : Booked;
}

/// <summary>
/// A message a lead or the event's own trainer writes to the people on a published event. Sending queues one outbox
/// row per person and records the message in the event's history, in one save (one transaction). The rows share an
/// occurrence made from the message id the form was given when first shown, so a second post of the same form
/// finds the first one's rows, whether it comes after it or at the same moment (the outbox's unique key).
/// </summary>
public sealed class EventMessages(
    TrainingHubDbContext db, EventHistory history, BookingMessageValues messageValues, EmailTemplates templates, TimeProvider clock)
{
    public const int SubjectLength = 150;
    public const int BodyLength = 5000;

    public sealed record Recipient(int BookingId, int PersonId, BookingState State);

    public sealed record Sent(int People, bool Earlier);

    public static readonly BookingState[] WaitingStates = [BookingState.Waitlisted, BookingState.Offered];

    /// <summary>A lead, or a trainer allocated to the event.</summary>
    public async Task<bool> MayWriteAsync(ClaimsPrincipal user, int eventId)
    {
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return true;
        var personId = user.PersonId();
        return personId is not null && await db.EventTrainers.AnyAsync(t => t.ProgrammeEventId == eventId && t.PersonId == personId);
    }

    public async Task<MessageRecipients> AudienceAsync(int eventId)
    {
        var live = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == eventId && b.PersonId != null
                && (AttendanceOutcome.OnRegister.Contains(b.State) || WaitingStates.Contains(b.State)))
            .OrderBy(b => b.Id).Select(b => new Recipient(b.Id, b.PersonId!.Value, b.State)).ToListAsync();
        return new MessageRecipients(
            live.Where(r => AttendanceOutcome.OnRegister.Contains(r.State)).ToList(),
            live.Where(r => WaitingStates.Contains(r.State)).ToList());
    }

    /// <summary>The email exactly as the person with this booking will receive it (each person sees their own name and booking).</summary>
    public async Task<RenderedEmail?> PreviewAsync(int bookingId, string subject, string body, int senderId)
    {
        if (await messageValues.FactsAsync(bookingId, CancellationToken.None) is not { } facts) return null;
        return templates.Render(MessageKinds.EventMessage, ValuesToSend(facts, Typed(subject, body, await SenderNameAsync(senderId))));
    }

    public async Task<Sent> SendAsync(int eventId, Guid messageId, string subject, string body, bool includeWaiting, int senderId)
    {
        var occurrence = Occurrence(messageId);
        if (await SentAsync(occurrence) is { } earlier) return earlier;
        var recipients = (await AudienceAsync(eventId)).For(includeWaiting);
        var typed = Typed(subject, body, await SenderNameAsync(senderId));
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(recipients.Select(r => new Notification
        {
            Kind = MessageKinds.EventMessage, Subject = BookingReminders.SubjectOf(r.BookingId), RecipientPersonId = r.PersonId,
            Occurrence = occurrence, DueAt = now, CreatedAt = now,
            ValuesJson = JsonSerializer.Serialize(new Dictionary<string, string>(typed) { [BookingMessageValues.BookingIdKey] = r.BookingId.ToString() }),
        }));
        history.Record(eventId, senderId, Summary(recipients.Count, includeWaiting, subject));
        try
        {
            await db.SaveChangesAsync();
            return new Sent(recipients.Count, Earlier: false);
        }
        catch (DbUpdateException error) when (db.IsUniqueViolation(error))
        {
            // The same form posted twice at once: the other post's rows took the key, and this one saved nothing.
            db.ChangeTracker.Clear();
            return await SentAsync(occurrence) ?? throw new InvalidOperationException("The message could not be queued.");
        }
    }

    private async Task<Sent?> SentAsync(string occurrence)
    {
        var people = await db.Notifications.CountAsync(n => n.Kind == MessageKinds.EventMessage && n.Occurrence == occurrence);
        return people > 0 ? new Sent(people, Earlier: true) : null;
    }

    private static string Occurrence(Guid messageId) => $"message:{messageId:N}";

    private static string Summary(int people, bool includeWaiting, string subject) =>
        $"Message sent to {people} {(people == 1 ? "person" : "people")} ({(includeWaiting ? "booked and waiting" : "booked")}): {OneLine(subject)}";

    /// <summary>The subject is plain text on one line wherever it goes.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private Task<string> SenderNameAsync(int senderId) =>
        db.People.AsNoTracking().Where(p => p.Id == senderId).Select(p => p.GivenName + " " + p.FamilyName).FirstAsync();

    /// <summary>What the sender typed, kept in each row: the template's other values are read afresh when it is sent.</summary>
    private static Dictionary<string, string> Typed(string subject, string body, string senderName) => new()
    {
        [SubjectKey] = OneLine(subject),
        [BodyKey] = body.ReplaceLineEndings("\n").Trim(),
        [SenderKey] = senderName,
    };

    internal const string SubjectKey = "announcement.subject";
    internal const string BodyKey = "announcement.body_markdown";
    internal const string SenderKey = "sender.name";

    /// <summary>The booking's values as they are now, with what the sender typed.</summary>
    internal Dictionary<string, string> ValuesToSend(BookingFacts facts, IReadOnlyDictionary<string, string> queued)
    {
        var values = messageValues.Values(facts);
        foreach (var key in new[] { SubjectKey, BodyKey, SenderKey })
            if (queued.TryGetValue(key, out var value)) values[key] = value;
        return values;
    }
}

/// <summary>A message about an event goes only while the place is not cancelled and the event is still on.</summary>
public sealed class EventMessageRecheck(BookingMessageValues messageValues, EventMessages messages) : INotificationRecheck
{
    public IReadOnlyCollection<string> Kinds { get; } = [MessageKinds.EventMessage];

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        if (!int.TryParse(queuedValues.GetValueOrDefault(BookingMessageValues.BookingIdKey), out var bookingId)) return null;
        var facts = await messageValues.FactsAsync(bookingId, cancellationToken);
        if (facts is null || facts.PersonId != recipientPersonId || facts.StartsAt is null) return null;
        if (facts.State is BookingState.Cancelled or BookingState.Requested) return null;
        if (facts.EventStatus is not (EventStatus.Published or EventStatus.Completed)) return null;
        return messages.ValuesToSend(facts, queuedValues);
    }
}
