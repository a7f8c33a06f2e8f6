using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>One booking action in progress: the events it touches (as read under their lock) and the time it happens.</summary>
public sealed class EventWrite(IReadOnlyDictionary<int, EventFacts> events, DateTimeOffset now)
{
    public IReadOnlyDictionary<int, EventFacts> Events { get; } = events;
    public DateTimeOffset Now { get; } = now;
    /// <summary>Why a place may have freed, for the offer the waiting list gets next ("Amy Nolan cancelled").</summary>
    public string FreedBecause { get; set; } = "a place became free";
}

/// <summary>
/// Runs every change to an event's places in one transaction that the database serialises per event
/// (<see cref="TrainingHubDbContext.BeginEventWriteAsync"/>): read the facts, let the action decide, save, hand any
/// freed place to the waiting list, commit. A unique-index violation (the same person twice) becomes a message.
/// Writes to one event first take their turn on this node (<see cref="EventTurns"/>), so a crowd pressing Book
/// waits in memory, not each holding a database connection while it waits for the event's lock.
/// </summary>
public sealed class EventWrites(TrainingHubDbContext db, PlaceOffers offers, TimeProvider clock)
{
    public const string AlreadyBooked = "You already have a booking for this event";
    public const string NoSuchEvent = "There is no such event";

    public async Task<BookingResult> RunAsync(IReadOnlyCollection<int> eventIds, Func<EventWrite, Task<BookingResult>> action,
        string alreadyBooked = AlreadyBooked)
    {
        var turns = await EventTurns.TakeAsync(eventIds);
        try
        {
            return await RunInTransactionAsync(eventIds, action, alreadyBooked);
        }
        finally
        {
            EventTurns.Give(turns);
        }
    }

    private async Task<BookingResult> RunInTransactionAsync(IReadOnlyCollection<int> eventIds, Func<EventWrite, Task<BookingResult>> action,
        string alreadyBooked)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginEventWriteAsync(eventIds);
        var facts = new Dictionary<int, EventFacts>();
        foreach (var id in eventIds.Distinct())
        {
            if (await EventFacts.LoadAsync(db, id) is not { } f) return BookingResult.Refused(NoSuchEvent);
            facts[id] = f;
        }
        var write = new EventWrite(facts, clock.GetUtcNow());
        var result = await action(write);
        if (!result.Succeeded) return result;
        try
        {
            await db.SaveChangesAsync();
            foreach (var id in facts.Keys)
                await offers.OfferFreedPlacesAsync((await EventFacts.LoadAsync(db, id))!, write.Now, write.FreedBecause);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return result;
        }
        catch (DbUpdateException e) when (db.IsUniqueViolation(e))
        {
            db.ChangeTracker.Clear();
            return BookingResult.Refused(alreadyBooked);
        }
    }

    public Task<BookingResult> RunAsync(int eventId, Func<EventWrite, Task<BookingResult>> action, string alreadyBooked = AlreadyBooked) =>
        RunAsync([eventId], action, alreadyBooked);
}

/// <summary>
/// One write at a time per event on this node (events share 64 turns). Without it, 1,000 people booking one event
/// on PostgreSQL each took a pooled connection and then queued for the event's row lock; the pool ran dry and 135
/// answered with an error. The database lock still decides between nodes.
/// </summary>
public static class EventTurns
{
    private static readonly SemaphoreSlim[] Turns = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    /// <summary>Takes the turns for these events, always in the same order, so two multi-event writes cannot wait on each other.</summary>
    public static async Task<IReadOnlyList<SemaphoreSlim>> TakeAsync(IEnumerable<int> eventIds)
    {
        var taken = new List<SemaphoreSlim>();
        foreach (var index in eventIds.Select(id => (id & int.MaxValue) % Turns.Length).Distinct().Order())
        {
            await Turns[index].WaitAsync();
            taken.Add(Turns[index]);
        }
        return taken;
    }

    public static void Give(IReadOnlyList<SemaphoreSlim> taken)
    {
        foreach (var turn in taken) turn.Release();
    }
}
