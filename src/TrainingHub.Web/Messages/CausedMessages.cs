using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Which messages a booking move or an event change causes, as outbox rows keyed (kind, booking, recipient,
/// occurrence). A row carries only which booking it is about (and what changed): names, times and links are
/// read when it is sent (<see cref="BookingRecheck"/>), so a message never says something that stopped being true.
/// </summary>
public static class CausedMessages
{
    public static readonly TimeSpan FeedbackChaseAfter = TimeSpan.FromDays(7);

    private sealed record Message(string Kind, int BookingId, int PersonId, string Occurrence, DateTimeOffset DueAt, DateTimeOffset At, string? Note = null);

    public static async Task<List<Notification>> ForAsync(
        TrainingHubDbContext db, IReadOnlyList<BookingTransition> transitions, IReadOnlyList<EventChange> changes, CancellationToken cancellationToken)
    {
        var messages = await FromTransitionsAsync(db, transitions, cancellationToken);
        foreach (var change in changes) messages.AddRange(await FromChangeAsync(db, change, cancellationToken));
        return await NotYetQueuedAsync(db, messages, cancellationToken);
    }

    private static async Task<List<Message>> FromTransitionsAsync(TrainingHubDbContext db, IReadOnlyList<BookingTransition> transitions, CancellationToken cancellationToken)
    {
        if (transitions.Count == 0) return [];
        var ids = transitions.Select(t => t.BookingId).Distinct().ToList();
        var bookings = await db.Bookings.AsNoTracking().Where(b => ids.Contains(b.Id) && b.PersonId != null)
            .Select(b => new { b.Id, PersonId = b.PersonId!.Value, b.CompletedAt, EventStatus = b.ProgrammeEvent!.Status })
            .ToDictionaryAsync(b => b.Id, cancellationToken);
        var messages = new List<Message>();
        foreach (var t in transitions)
        {
            if (!bookings.TryGetValue(t.BookingId, out var b)) continue;
            var occurrence = $"transition:{t.Id}";
            switch (t.To)
            {
                case BookingState.Booked when t.From == BookingState.Requested:
                    messages.Add(new(MessageKinds.BookingConfirmed, b.Id, b.PersonId, occurrence, t.At, t.At)); break;
                case BookingState.Booked:
                    messages.Add(new(MessageKinds.BookingPromoted, b.Id, b.PersonId, occurrence, t.At, t.At)); break;
                case BookingState.Waitlisted:
                    messages.Add(new(MessageKinds.BookingWaitlisted, b.Id, b.PersonId, occurrence, t.At, t.At)); break;
                case BookingState.Offered:
                    messages.Add(new(MessageKinds.BookingOffered, b.Id, b.PersonId, occurrence, t.At, t.At)); break;
                // When the whole event was cancelled, the event's own message says so once.
                case BookingState.Cancelled when b.EventStatus != EventStatus.Cancelled:
                    messages.Add(new(MessageKinds.BookingCancelled, b.Id, b.PersonId, occurrence, t.At, t.At)); break;
                case BookingState.Attended:
                    var completed = b.CompletedAt ?? t.At;
                    // One request and one chase per booking, however often the register is corrected.
                    messages.Add(new(MessageKinds.FeedbackRequest, b.Id, b.PersonId, "1", completed, t.At));
                    messages.Add(new(MessageKinds.FeedbackChase, b.Id, b.PersonId, "1", completed + FeedbackChaseAfter, t.At));
                    break;
            }
        }
        return messages;
    }

    private static async Task<List<Message>> FromChangeAsync(TrainingHubDbContext db, EventChange change, CancellationToken cancellationToken)
    {
        var e = await db.ProgrammeEvents.AsNoTracking().Where(x => x.Id == change.ProgrammeEventId)
            .Select(x => new { x.Status, x.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        if (e is null) return [];
        if (e.Status == EventStatus.Cancelled)
        {
            // Live when the event was cancelled, even though the cancellation cancelled the booking too.
            var live = await db.Bookings.AsNoTracking()
                .Where(b => b.ProgrammeEventId == change.ProgrammeEventId && b.PersonId != null)
                .Where(b => b.State != BookingState.Cancelled || b.CancelledAt >= e.UpdatedAt)
                .Select(b => new { b.Id, PersonId = b.PersonId!.Value }).ToListAsync(cancellationToken);
            return live.Select(b => new Message(MessageKinds.EventCancelled, b.Id, b.PersonId, "cancelled", change.ChangedAt, change.ChangedAt)).ToList();
        }
        var lines = EventChangeNotice.WhatAttendeesNeedToKnow(change.Summary);
        if (lines.Count == 0) return [];
        // Someone who books after the change is shown the new details as they book.
        var told = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEventId == change.ProgrammeEventId && b.PersonId != null && b.CreatedAt < change.ChangedAt)
            .Where(b => b.State == BookingState.Booked || b.State == BookingState.Offered || b.State == BookingState.Waitlisted)
            .Select(b => new { b.Id, PersonId = b.PersonId!.Value }).ToListAsync(cancellationToken);
        var note = "What changed: " + string.Join("; ", lines) + ".";
        return told.Select(b => new Message(MessageKinds.EventChanged, b.Id, b.PersonId, $"change:{change.Id}", change.ChangedAt, change.ChangedAt, note)).ToList();
    }

    /// <summary>Leaves out what is already queued, so a second cause of the same message inserts nothing the unique key would refuse.</summary>
    private static async Task<List<Notification>> NotYetQueuedAsync(TrainingHubDbContext db, List<Message> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0) return [];
        var subjects = messages.Select(m => BookingReminders.SubjectOf(m.BookingId)).Distinct().ToList();
        var kinds = messages.Select(m => m.Kind).Distinct().ToList();
        var queued = (await db.Notifications.AsNoTracking().Where(n => subjects.Contains(n.Subject) && kinds.Contains(n.Kind))
            .Select(n => new { n.Kind, n.Subject, n.RecipientPersonId, n.Occurrence }).ToListAsync(cancellationToken))
            .Select(n => (n.Kind, n.Subject, n.RecipientPersonId, n.Occurrence)).ToHashSet();
        var rows = new List<Notification>();
        foreach (var m in messages)
        {
            var subject = BookingReminders.SubjectOf(m.BookingId);
            if (!queued.Add((m.Kind, subject, m.PersonId, m.Occurrence))) continue;
            rows.Add(new Notification
            {
                Kind = m.Kind, Subject = subject, RecipientPersonId = m.PersonId, Occurrence = m.Occurrence,
                ValuesJson = JsonSerializer.Serialize(Values(m)), DueAt = m.DueAt, CreatedAt = m.At,
            });
        }
        return rows;
    }

    private static Dictionary<string, string> Values(Message m)
    {
        var values = new Dictionary<string, string> { [BookingMessageValues.BookingIdKey] = m.BookingId.ToString() };
        if (m.Note is not null) values[BookingMessageValues.ChangeNoteKey] = m.Note;
        return values;
    }
}
