using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>
/// Events still to come at a directory venue follow its details: a corrected address or new accessibility notes reach
/// the event's page and calendar, and, as a recorded change to each event, the people booked on it. Events already held
/// keep what they were held with.
/// </summary>
public sealed class EventsAtVenue(TrainingHubDbContext db, EventHistory history, TimeProvider clock)
{
    public sealed record Upcoming(int Id, string Title, int Capacity, DateTimeOffset? StartsAt);

    public Task<List<Upcoming>> UpcomingAsync(int venueId) => Still(venueId).AsNoTracking()
        .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
        .Select(e => new Upcoming(e.Id, e.Title, e.Capacity, e.StartsAt)).ToListAsync();

    /// <summary>Why the venue cannot hold fewer people than typed: the first upcoming event offering more places, or null.</summary>
    public static string? WhyNotHold(string venueName, int capacity, IEnumerable<Upcoming> upcoming) =>
        upcoming.FirstOrDefault(e => e.Capacity > capacity) is { } e
            ? $"{e.Title}{(e.StartsAt is { } at ? $" on {LondonTime.ToLocal(at):d MMMM yyyy}" : "")} offers {e.Capacity} places at {venueName}: lower its places first, or enter {e.Capacity} or more"
            : null;

    /// <summary>Gives the venue's current details to its upcoming events; saved with the venue, in the same transaction.</summary>
    public async Task FollowAsync(Venue venue, int changedBy)
    {
        // Only the venue line can change here, so it is compared alone: no snapshot (and its queries) per event.
        foreach (var e in await Still(venue.Id).ToListAsync())
        {
            var before = EventHistory.VenueOf(e);
            (e.VenueName, e.VenueAddress, e.AccessibilityNotes) = (venue.Name, venue.Details.Address, venue.AccessibilityNotes);
            if (EventSnapshot.Change("Venue", before, EventHistory.VenueOf(e)) is not { } change) continue;
            e.Sequence++;
            e.UpdatedAt = clock.GetUtcNow();
            history.Record(e, changedBy, change);
        }
    }

    private IQueryable<Data.Entities.Events.ProgrammeEvent> Still(int venueId)
    {
        var now = clock.GetUtcNow();
        return db.ProgrammeEvents.Where(e => e.VenueId == venueId
            && (e.Status == EventStatus.Draft || e.Status == EventStatus.Published) && e.StartsAt > now);
    }
}
