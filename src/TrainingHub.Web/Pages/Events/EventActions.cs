using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>
/// Publish, complete, cancel and duplicate. Each move is a conditional update on the status and version the
/// lead saw, so the database — not a read in C# — decides when two leads act on the same event at once.
/// </summary>
public sealed class EventActions(TrainingHubDbContext db, EventHistory history, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock)
{
    public async Task<string?> PublishAsync(int eventId, int sequence, int changedBy)
    {
        var e = await db.ProgrammeEvents.AsNoTracking().Where(x => x.Id == eventId)
            .Select(x => new { x.Status, Sessions = x.Sessions.Count, x.StartsAt }).FirstAsync();
        if (EventLifecycle.WhyNotPublish(e.Status, e.Sessions, e.StartsAt, clock.GetUtcNow()) is { } why) return why;
        return await MoveAsync(eventId, sequence, EventStatus.Draft, EventStatus.Published, null, changedBy, "Published");
    }

    public async Task<string?> CompleteAsync(int eventId, int sequence, int changedBy)
    {
        var e = await db.ProgrammeEvents.AsNoTracking().Where(x => x.Id == eventId).Select(x => new { x.Status, x.EndsAt }).FirstAsync();
        if (EventLifecycle.WhyNotComplete(e.Status, e.EndsAt, clock.GetUtcNow()) is { } why) return why;
        return await MoveAsync(eventId, sequence, EventStatus.Published, EventStatus.Completed, null, changedBy, "Completed");
    }

    public async Task<string?> CancelAsync(int eventId, int sequence, string? reason, int changedBy)
    {
        var status = await db.ProgrammeEvents.AsNoTracking().Where(x => x.Id == eventId).Select(x => x.Status).FirstAsync();
        if (EventLifecycle.WhyNotCancel(status, reason) is { } why) return why;
        return await MoveAsync(eventId, sequence, status, EventStatus.Cancelled, reason!.Trim(), changedBy, $"Cancelled: {reason.Trim()}");
    }

    private async Task<string?> MoveAsync(int eventId, int sequence, EventStatus from, EventStatus to, string? reason, int changedBy, string summary)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var moved = await db.ProgrammeEvents
            .Where(x => x.Id == eventId && x.Status == from && x.Sequence == sequence)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, to)
                .SetProperty(x => x.CancellationReason, x => reason ?? x.CancellationReason)
                .SetProperty(x => x.Sequence, x => x.Sequence + 1)
                .SetProperty(x => x.UpdatedAt, now));
        if (moved == 0) return EventEditor.StaleMessage;
        audit.Changed(typeof(Data.Entities.Events.ProgrammeEvent), eventId.ToString(),
            new Dictionary<string, object?> { ["Status"] = from }, new Dictionary<string, object?> { ["Status"] = to });
        if (to == EventStatus.Cancelled) await CancelBookingsAsync(eventId, reason!, changedBy, now);
        history.Record(eventId, changedBy, summary);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return null;
    }

    /// <summary>Every live booking goes with the event, at the event's own moment, so the one event-cancelled message covers them.</summary>
    private async Task CancelBookingsAsync(int eventId, string reason, int changedBy, DateTimeOffset now)
    {
        var live = await db.Bookings
            .Where(b => b.ProgrammeEventId == eventId && b.State != BookingState.Cancelled).ToListAsync();
        foreach (var booking in live.Where(b => BookingLifecycle.CanMove(b.State, BookingState.Cancelled)))
        {
            booking.Cancel(changedBy, $"The event was cancelled: {reason}", now);
        }
    }

    /// <summary>A new draft with the same details and trainers and no sessions: the lead then gives it its dates.</summary>
    public async Task<int> DuplicateAsync(int eventId, int changedBy)
    {
        var source = await db.ProgrammeEvents.AsNoTracking().Include(e => e.Trainers).FirstAsync(e => e.Id == eventId);
        var now = clock.GetUtcNow();
        var copy = new ProgrammeEvent
        {
            EventTypeId = source.EventTypeId, Title = source.Title, PlaceId = source.PlaceId, IsOnline = source.IsOnline,
            VenueId = source.VenueId, VenueName = source.VenueName, VenueAddress = source.VenueAddress, AccessibilityNotes = source.AccessibilityNotes,
            JoiningLink = source.JoiningLink, Capacity = source.Capacity, CheckInOpensMinutesBefore = source.CheckInOpensMinutesBefore, Status = EventStatus.Draft, CreatedAt = now, UpdatedAt = now,
            Trainers = source.Trainers.Select(t => new EventTrainer { PersonId = t.PersonId, Role = t.Role }).ToList(),
        };
        db.ProgrammeEvents.Add(copy);
        history.Record(copy, changedBy, $"Created as a draft, duplicated from event {source.Id} ({source.Title})");
        await db.SaveChangesAsync();
        return copy.Id;
    }
}

/// <summary>Places taken on each event (bookings that hold a place); every page that shows places left asks here.</summary>
public sealed class EventPlaces(TrainingHubDbContext db)
{
    public async Task<IReadOnlyDictionary<int, int>> TakenAsync(IReadOnlyCollection<int> eventIds)
    {
        var ids = eventIds.Distinct().ToList();
        var taken = await db.Bookings.AsNoTracking()
            .Where(b => ids.Contains(b.ProgrammeEventId) && Bookings.EventFacts.HoldingStates.Contains(b.State))
            .GroupBy(b => b.ProgrammeEventId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        return ids.ToDictionary(id => id, id => taken.GetValueOrDefault(id));
    }
}
