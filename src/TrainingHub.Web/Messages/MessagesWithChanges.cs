using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Writes the messages a change causes in the same database transaction as the change: whoever moves a booking
/// or records an event change saves it, and the outbox rows (<see cref="CausedMessages"/>) are saved with it.
/// A change that rolls back leaves no message; one that commits has its messages queued. The rows need the ids
/// the change is given on insert, so they are written just after it: inside the caller's transaction when one is
/// open, or inside one begun here around both saves when not.
/// </summary>
public sealed class MessagesWithChanges : SaveChangesInterceptor
{
    public static readonly MessagesWithChanges Instance = new();

    private sealed class Pending
    {
        public required List<BookingTransition> Transitions { get; init; }
        public required List<EventChange> Changes { get; init; }
        public IDbContextTransaction? Own { get; set; }
        public bool Writing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();
    private readonly ConditionalWeakTable<DbContext, object> quiet = new();

    private MessagesWithChanges() { }

    /// <summary>
    /// Saves through this context cause no message until disposed: for a made-up history (the demo programme),
    /// whose people are not real and whose changes are dated before the portal ran.
    /// </summary>
    public static IDisposable Quiet(DbContext db)
    {
        Instance.quiet.AddOrUpdate(db, db);
        return new Unquiet(db);
    }

    private sealed class Unquiet(DbContext db) : IDisposable
    {
        public void Dispose() => Instance.quiet.Remove(db);
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TrainingHubDbContext db || quiet.TryGetValue(db, out _)) return result;
        if (pending.TryGetValue(db, out var earlier))
        {
            if (earlier.Writing) return result;
            // A save that failed without telling (nothing should): its transaction goes, and this save starts afresh.
            await EndAsync(db, earlier);
        }
        var added = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var transitions = added.OfType<BookingTransition>().ToList();
        var changes = added.OfType<EventChange>().ToList();
        if (transitions.Count == 0 && changes.Count == 0) return result;
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        pending.AddOrUpdate(db, new Pending { Transitions = transitions, Changes = changes, Own = own });
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not TrainingHubDbContext db || !pending.TryGetValue(db, out var work) || work.Writing) return result;
        try
        {
            work.Writing = true;
            db.Notifications.AddRange(await CausedMessages.ForAsync(db, work.Transitions, work.Changes, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            if (work.Own is not null) await work.Own.CommitAsync(cancellationToken);
        }
        finally
        {
            await EndAsync(db, work);
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TrainingHubDbContext db && pending.TryGetValue(db, out var work) && !work.Writing) await EndAsync(db, work);
    }

    /// <summary>A stale write (the booking's version moved on) fails the save: the caller reads again and retries.</summary>
    public override async ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TrainingHubDbContext db && pending.TryGetValue(db, out var work) && !work.Writing) await EndAsync(db, work);
        return result;
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is TrainingHubDbContext db && pending.TryGetValue(db, out var work) && !work.Writing) await EndAsync(db, work);
    }

    // The portal saves asynchronously; a synchronous save of a change that causes a message is a mistake to find at once.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is TrainingHubDbContext db && !quiet.TryGetValue(db, out _)
            && db.ChangeTracker.Entries().Any(e => e.State == EntityState.Added && e.Entity is BookingTransition or EventChange))
            throw new InvalidOperationException("A booking move or an event change is saved with SaveChangesAsync, which writes its messages with it.");
        return result;
    }

    /// <summary>Ends the work: an own transaction not committed by now rolls back, taking the change with it.</summary>
    private async Task EndAsync(DbContext db, Pending work)
    {
        pending.Remove(db);
        if (work.Own is not null) await work.Own.DisposeAsync();
    }
}
