using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Queues the reminders that time, not a change, makes due: seven days and one day before an event's first
/// session, to booked places. It reads the published events starting within <see cref="ReminderHorizon"/> by
/// their (status, start) index and their booked places by (event, state), then which of those reminders the
/// outbox already has by its unique key, in one query each. Every other booking message is written with the
/// change that causes it (<see cref="MessagesWithChanges"/>). Whether a reminder is still right is asked again
/// when it is sent (<see cref="BookingRecheck"/>).
/// </summary>
public sealed class BookingReminders(TrainingHubDbContext db, Outbox outbox, TimeProvider clock)
{
    public static readonly TimeSpan ReminderHorizon = TimeSpan.FromDays(8);

    public static string SubjectOf(int bookingId) => $"booking:{bookingId}";

    /// <summary>A reminder is for one start time: when the event moves, the reminder for the new time is a new message.</summary>
    public static string ReminderOccurrence(DateTimeOffset startsAt) => "starts:" + startsAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private sealed record Due(string Kind, int BookingId, int PersonId, DateTimeOffset StartsAt, DateTimeOffset DueAt)
    {
        public string Subject => SubjectOf(BookingId);
        public string Occurrence => ReminderOccurrence(StartsAt);
    }

    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var fresh = await NotYetQueuedAsync(due, cancellationToken);
        if (fresh.Count == 0) return 0;
        var now = clock.GetUtcNow();
        db.Notifications.AddRange(fresh.Select(r => Row(r, now)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return fresh.Count;
        }
        catch (DbUpdateException error) when (db.IsUniqueViolation(error))
        {
            // Another run queued some of them meanwhile: queue the rest one by one, the outbox skipping what it has.
            db.ChangeTracker.Clear();
            var queued = 0;
            foreach (var r in fresh)
                if (await outbox.QueueAsync(r.Kind, r.Subject, r.PersonId, r.Occurrence, Values(r), r.DueAt, cancellationToken)) queued++;
            return queued;
        }
    }

    private async Task<List<Due>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + ReminderHorizon;
        var booked = await db.Bookings.AsNoTracking()
            .Where(b => b.ProgrammeEvent!.Status == EventStatus.Published && b.ProgrammeEvent.StartsAt > now && b.ProgrammeEvent.StartsAt <= horizon)
            .Where(b => b.State == BookingState.Booked && b.PersonId != null)
            .Select(b => new
            {
                b.Id, PersonId = b.PersonId!.Value, StartsAt = b.ProgrammeEvent!.StartsAt!.Value,
                HeldSince = b.Transitions.Where(t => t.To == BookingState.Booked).Max(t => (DateTimeOffset?)t.At) ?? b.CreatedAt,
            })
            .ToListAsync(cancellationToken);
        return booked.SelectMany(b => ReminderLead.All
                .Where(lead => ReminderTiming.WhyNot(lead, b.StartsAt, b.HeldSince, now) is null)
                .Select(lead => new Due(lead.Kind, b.Id, b.PersonId, b.StartsAt, ReminderTiming.DueAt(lead, b.StartsAt))))
            .ToList();
    }

    private async Task<List<Due>> NotYetQueuedAsync(List<Due> due, CancellationToken cancellationToken)
    {
        if (due.Count == 0) return due;
        var subjects = due.Select(d => d.Subject).Distinct().ToList();
        var kinds = ReminderLead.All.Select(l => l.Kind).ToList();
        // One list parameter (json_each on SQLite, an array on PostgreSQL) rather than ten thousand, which SQLite parses slowly.
        var queued = (await db.Notifications.AsNoTracking().Where(n => kinds.Contains(n.Kind) && EF.Parameter(subjects).Contains(n.Subject))
            .Select(n => new { n.Kind, n.Subject, n.Occurrence }).ToListAsync(cancellationToken))
            .Select(n => (n.Kind, n.Subject, n.Occurrence)).ToHashSet();
        return due.Where(d => queued.Add((d.Kind, d.Subject, d.Occurrence))).ToList();
    }

    private static Notification Row(Due r, DateTimeOffset now) => new()
    {
        Kind = r.Kind, Subject = r.Subject, RecipientPersonId = r.PersonId, Occurrence = r.Occurrence,
        ValuesJson = JsonSerializer.Serialize(Values(r)), DueAt = r.DueAt, CreatedAt = now,
    };

    /// <summary>Which booking and which start: everything else is read when the reminder is sent.</summary>
    private static Dictionary<string, string> Values(Due r) => new()
    {
        [BookingMessageValues.BookingIdKey] = r.BookingId.ToString(CultureInfo.InvariantCulture),
        [BookingMessageValues.StartsAtKey] = r.StartsAt.UtcDateTime.ToString("O"),
    };
}
