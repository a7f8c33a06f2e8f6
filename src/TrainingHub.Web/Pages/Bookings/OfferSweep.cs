using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>Settles each event with a lapsed offer or a place freed without anyone offered it, one serialised write per event.</summary>
public sealed class OfferSweep(TrainingHubDbContext db, EventWrites writes, TimeProvider clock)
{
    public async Task<int> RunAsync()
    {
        var now = clock.GetUtcNow();
        var eventIds = await db.Bookings.AsNoTracking()
            .Where(b => (b.State == BookingState.Offered && b.OfferExpiresAt <= now)
                        || (b.State == BookingState.Waitlisted && b.ProgrammeEvent!.Status == EventStatus.Published && b.ProgrammeEvent.StartsAt > now))
            .Select(b => b.ProgrammeEventId).Distinct().ToListAsync();
        foreach (var id in eventIds) await writes.RunAsync(id, PlaceOffers.LapseOffers(db, id));
        return eventIds.Count;
    }
}
