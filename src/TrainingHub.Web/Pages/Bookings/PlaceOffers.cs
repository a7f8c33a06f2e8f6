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
        // The places held come back with the queue, so a write costs the same commands whether or not anyone waits.
        var held = EventFacts.PlacesHeld(db, e.Id);
        var waiting = await db.Bookings.Where(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted)
            .Select(b => new { Booking = b, Held = held.Count() })
            .ToListAsync();
        if (waiting.Count == 0) return;
        var queue = waiting.ConvertAll(w => w.Booking);
        var free = e.Capacity - waiting[0].Held;
        var offers = WaitingList.OffersFor(queue.Select(Queued), free, e.Window, e.Policy, now);
        foreach (var offer in offers)
        {
            var booking = queue.Single(b => b.Id == offer.BookingId);
            if (offer.IsImmediate)
            {
                booking.MoveTo(BookingState.Booked, null, $"Given a place from the waiting list at once: {because}", now);
            }
            else
            {
                booking.Offer(offer.OfferedAt, offer.ExpiresAt!.Value,
                    $"Offered a place from the waiting list ({because}); the offer stands until {Describe(offer.ExpiresAt!.Value)}", now);
            }
        }
        Renumber(queue.Where(b => b.State == BookingState.Waitlisted));
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
        var list = waiting.ToList();
        foreach (var q in WaitingList.Numbered(list.Select(Queued))) list.Single(b => b.Id == q.BookingId).MoveInLine(q.Position);
    }

    public static QueuedPerson Queued(Booking b) => new(b.Id, b.WaitingPosition ?? int.MaxValue, b.CreatedAt);

    public static string Describe(DateTimeOffset at) => $"{LondonTime.ToLocal(at):d MMMM yyyy HH:mm} {LondonTime.ZoneAbbreviation(at)}";
}
