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
/// </summary>
public sealed class EventWrites(TrainingHubDbContext db, PlaceOffers offers, TimeProvider clock)
{
    public const string AlreadyBooked = "You already have a booking for this event";
    public const string NoSuchEvent = "There is no such event";

    public async Task<BookingResult> RunAsync(IReadOnlyCollection<int> eventIds, Func<EventWrite, Task<BookingResult>> action,
        string alreadyBooked = AlreadyBooked)
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
