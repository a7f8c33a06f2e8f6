using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Turns what happened to bookings and events into queued messages, reading the data (booking transitions,
/// event changes, dates) rather than being called by the pages that change it. Every message has one key
/// (kind, booking, recipient, occurrence) in the outbox, so running this twice, on two nodes or after a crash
/// queues nothing twice. Whether each message is still right is asked again when it is sent (BookingRecheck).
/// </summary>
public sealed class BookingMessageQueue(
    TrainingHubDbContext db, Messages.Outbox outbox, BookingMessageValues messageValues, TimeProvider clock)
{
    /// <summary>How far back a run looks for transitions and changes: a scheduler down for longer sends no stale news.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(7);
    public static readonly TimeSpan ReminderHorizon = TimeSpan.FromDays(8);
    public static readonly TimeSpan FeedbackLookBack = TimeSpan.FromDays(30);
    public static readonly TimeSpan FeedbackChaseAfter = TimeSpan.FromDays(7);

    public static string SubjectOf(int bookingId) => $"booking:{bookingId}";

    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var queued = await TransitionsAsync(cancellationToken);
        queued += await EventChangesAsync(cancellationToken);
        queued += await EventCancellationsAsync(cancellationToken);
        queued += await RemindersAsync(cancellationToken);
        queued += await FeedbackAsync(cancellationToken);
        return queued;
    }

    private async Task<int> TransitionsAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - LookBack;
        var transitions = await db.BookingTransitions.AsNoTracking()
            .Where(t => t.At >= since && t.Booking!.PersonId != null)
            .Where(t => t.To == BookingState.Booked || t.To == BookingState.Waitlisted
                || t.To == BookingState.Offered || t.To == BookingState.Cancelled)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.BookingId, t.From, t.To, t.At })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var t in transitions)
            queued += await QueueOnceAsync(KindFor(t.From, t.To), t.BookingId, $"transition:{t.Id}", t.At, null, cancellationToken);
        return queued;
    }

    private static string KindFor(BookingState from, BookingState to) => to switch
    {
        BookingState.Booked when from == BookingState.Requested => MessageKinds.BookingConfirmed,
        BookingState.Booked => MessageKinds.BookingPromoted,
        BookingState.Waitlisted => MessageKinds.BookingWaitlisted,
        BookingState.Offered => MessageKinds.BookingOffered,
        _ => MessageKinds.BookingCancelled,
    };

    private async Task<int> EventChangesAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - LookBack;
        var changes = await db.EventChanges.AsNoTracking().Where(c => c.ChangedAt >= since).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.ProgrammeEventId, c.ChangedAt, c.Summary }).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var change in changes)
        {
            var lines = EventChangeNotice.WhatAttendeesNeedToKnow(change.Summary);
            if (lines.Count == 0) continue;
            // Someone who booked after the change was shown the new details when they booked.
            var bookings = await db.Bookings.AsNoTracking()
                .Where(b => b.ProgrammeEventId == change.ProgrammeEventId && b.PersonId != null && b.CreatedAt < change.ChangedAt)
                .Where(b => b.State == BookingState.Booked || b.State == BookingState.Offered || b.State == BookingState.Waitlisted)
                .Select(b => b.Id).ToListAsync(cancellationToken);
            var note = "What changed: " + string.Join("; ", lines) + ".";
            foreach (var bookingId in bookings)
                queued += await QueueOnceAsync(MessageKinds.EventChanged, bookingId, $"change:{change.Id}", change.ChangedAt, note, cancellationToken);
        }
        return queued;
    }

    private async Task<int> EventCancellationsAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - LookBack;
        // Live when the event was cancelled, even if the booking itself has been cancelled since because of it.
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.PersonId != null && b.ProgrammeEvent!.Status == EventStatus.Cancelled && b.ProgrammeEvent.UpdatedAt >= since)
            .Where(b => b.State != BookingState.Cancelled || b.CancelledAt >= b.ProgrammeEvent!.UpdatedAt)
            .Select(b => new { b.Id, CancelledAt = b.ProgrammeEvent!.UpdatedAt }).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var b in bookings)
            queued += await QueueOnceAsync(MessageKinds.EventCancelled, b.Id, "cancelled", b.CancelledAt, null, cancellationToken);
        return queued;
    }

    private async Task<int> RemindersAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + ReminderHorizon;
        var bookings = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Booked && b.PersonId != null && b.ProgrammeEvent!.Status == EventStatus.Published)
            .Where(b => b.ProgrammeEvent!.StartsAt > now && b.ProgrammeEvent.StartsAt <= horizon)
            .Select(b => new
            {
                b.Id, StartsAt = b.ProgrammeEvent!.StartsAt!.Value,
                HeldSince = b.Transitions.Where(t => t.To == BookingState.Booked).Max(t => (DateTimeOffset?)t.At) ?? b.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var b in bookings)
        foreach (var lead in ReminderLead.All)
        {
            if (ReminderTiming.WhyNot(lead, b.StartsAt, b.HeldSince, now) is not null) continue;
            queued += await QueueOnceAsync(lead.Kind, b.Id, ReminderOccurrence(b.StartsAt), ReminderTiming.DueAt(lead, b.StartsAt), null, cancellationToken);
        }
        return queued;
    }

    /// <summary>A reminder is for one start time: when the event moves, the reminder for the new time is a new message.</summary>
    public static string ReminderOccurrence(DateTimeOffset startsAt) => "starts:" + startsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private async Task<int> FeedbackAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - FeedbackLookBack;
        var completed = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.PersonId != null && b.CompletedAt >= since)
            .Select(b => new { b.Id, CompletedAt = b.CompletedAt!.Value }).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var b in completed)
        {
            queued += await QueueOnceAsync(MessageKinds.FeedbackRequest, b.Id, "1", b.CompletedAt, null, cancellationToken);
            queued += await QueueOnceAsync(MessageKinds.FeedbackChase, b.Id, "1", b.CompletedAt + FeedbackChaseAfter, null, cancellationToken);
        }
        return queued;
    }

    private async Task<int> QueueOnceAsync(string kind, int bookingId, string occurrence, DateTimeOffset dueAt, string? note, CancellationToken cancellationToken)
    {
        var subject = SubjectOf(bookingId);
        // Saves a failed insert on every run; the unique index in the outbox is what decides.
        if (await db.Notifications.AnyAsync(n => n.Kind == kind && n.Subject == subject && n.Occurrence == occurrence, cancellationToken)) return 0;
        if (await messageValues.FactsAsync(bookingId, cancellationToken) is not { } facts) return 0;
        var queued = await outbox.QueueAsync(kind, subject, facts.PersonId, occurrence, messageValues.Values(facts, note), dueAt, cancellationToken);
        return queued ? 1 : 0;
    }
}
