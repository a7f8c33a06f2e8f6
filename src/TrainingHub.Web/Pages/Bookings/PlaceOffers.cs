using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Hands freed places to the waiting list by <see cref="WaitingList"/>'s rules and lets lapsed offers pass on.
/// Runs only inside an <see cref="EventWrites"/> transaction, so two requests never offer the same place.
/// Every offer is a recorded transition: the messages feature reads them to tell people.
/// </summary>
public sealed class PlaceOffers(TrainingHubDbContext db)
{
    public async Task OfferFreedPlacesAsync(EventFacts e, DateTimeOffset now, string because)
    {
        // The queue is read as places in line, not as tracked bookings, so a write costs the same whether ten or a
        // thousand wait; the places held come back in the same query. Only the bookings that move are loaded.
        var held = EventFacts.PlacesHeld(db, e.Id);
        var waiting = await db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted)
            .Select(b => new { Queued = new QueuedPerson(b.Id, b.WaitingPosition ?? int.MaxValue, b.CreatedAt), Held = held.Count() })
            .ToListAsync();
        if (waiting.Count == 0) return;
        var queue = waiting.ConvertAll(w => w.Queued);
        var offers = WaitingList.OffersFor(queue, e.Capacity - waiting[0].Held, e.Window, e.Policy, now);
        var offered = offers.Select(o => o.BookingId).ToHashSet();
        var positions = queue.ToDictionary(q => q.BookingId, q => q.Position);
        var moves = WaitingList.Numbered(queue.Where(q => !offered.Contains(q.BookingId)))
            .Where(q => positions[q.BookingId] != q.Position).ToList();
        if (offers.Count == 0 && moves.Count == 0) return;
        var ids = offered.Concat(moves.Select(m => m.BookingId)).ToList();
        var bookings = await db.Bookings.Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
        foreach (var offer in offers) Give(bookings[offer.BookingId], offer, because, now);
        foreach (var move in moves) bookings[move.BookingId].MoveInLine(move.Position);
    }

    private static void Give(Booking booking, PlaceOffer offer, string because, DateTimeOffset now)
    {
        if (offer.IsImmediate)
            booking.MoveTo(BookingState.Booked, null, $"Given a place from the waiting list at once: {because}", now);
        else
            booking.Offer(offer.OfferedAt, offer.ExpiresAt!.Value,
                $"Offered a place from the waiting list ({because}); the offer stands until {Describe(offer.ExpiresAt!.Value)}", now);
    }

    /// <summary>
    /// Offers whose time ran out become cancelled, with the portal as the one who moved them; the place then passes
    /// to the next in line. Called by <see cref="OfferExpiryJob"/> for each event with a lapsed offer.
    /// </summary>
    public static Func<EventWrite, Task<BookingResult>> LapseOffers(TrainingHubDbContext db, int eventId) => async write =>
    {
        var lapsed = await db.Bookings.Include(b => b.Person)
            .Where(b => b.ProgrammeEventId == eventId && b.State == BookingState.Offered && b.OfferExpiresAt <= write.Now)
            .ToListAsync();
        foreach (var booking in lapsed)
        {
            booking.Cancel(null, $"The offer of a place lapsed at {Describe(booking.OfferExpiresAt!.Value)}", write.Now);
        }
        if (lapsed.Count > 0) write.FreedBecause = "an earlier offer lapsed";
        return new BookingResult(lapsed.FirstOrDefault(), null);
    };

    /// <summary>Positions 1..n in queue order with no gaps, after someone left or was offered a place.</summary>
    public static void Renumber(IEnumerable<Booking> waiting)
    {
        var byId = waiting.ToDictionary(b => b.Id);
        foreach (var q in WaitingList.Numbered(byId.Values.Select(Queued))) byId[q.BookingId].MoveInLine(q.Position);
    }

    public static QueuedPerson Queued(Booking b) => new(b.Id, b.WaitingPosition ?? int.MaxValue, b.CreatedAt);

    public static string Describe(DateTimeOffset at) => $"{LondonTime.ToLocal(at):d MMMM yyyy HH:mm} {LondonTime.ZoneAbbreviation(at)}";
}
