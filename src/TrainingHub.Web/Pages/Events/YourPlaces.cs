using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The signed-in person's own bookings on the events a page shows: their live one on each, else their last.</summary>
public sealed class YourPlaces(TrainingHubDbContext db)
{
    public async Task<IReadOnlyDictionary<int, OwnBooking>> OnEventsAsync(int? personId, IReadOnlyCollection<int> eventIds)
    {
        if (personId is null || eventIds.Count == 0) return new Dictionary<int, OwnBooking>();
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.PersonId == personId && eventIds.Contains(b.ProgrammeEventId))
            .Select(b => new { b.ProgrammeEventId, b.Id, b.State, b.WaitingPosition, b.OfferExpiresAt })
            .ToListAsync();
        return rows.GroupBy(r => r.ProgrammeEventId).ToDictionary(g => g.Key, g => g
            .OrderByDescending(r => BookingLifecycle.IsLive(r.State)).ThenByDescending(r => r.Id)
            .Select(r => new OwnBooking(r.Id, r.State, r.WaitingPosition, r.OfferExpiresAt)).First());
    }

    public Task<bool> InAPracticeAsync(int? personId) =>
        db.People.AnyAsync(p => p.Id == personId && p.PracticeId != null && p.IsActive);

    /// <summary>Leads and the event's own trainers see its joining link whatever their booking.</summary>
    public Task<bool> DeliversAsync(int? personId, int eventId) =>
        db.EventTrainers.AnyAsync(t => t.ProgrammeEventId == eventId && t.PersonId == personId);
}
