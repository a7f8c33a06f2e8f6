using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Every change to an event is written with the change itself: who made it, when, and what changed.</summary>
public sealed class EventHistory(TrainingHubDbContext db, TimeProvider clock)
{
    public sealed record Entry(DateTimeOffset ChangedAt, string ChangedBy, string Summary);

    public void Record(ProgrammeEvent programmeEvent, int changedBy, string summary) =>
        programmeEvent.Changes.Add(new EventChange { ChangedById = changedBy, ChangedAt = clock.GetUtcNow(), Summary = summary });

    public void Record(int eventId, int changedBy, string summary) =>
        db.EventChanges.Add(new EventChange { ProgrammeEventId = eventId, ChangedById = changedBy, ChangedAt = clock.GetUtcNow(), Summary = summary });

    public async Task<EventSnapshot> SnapshotAsync(ProgrammeEvent e)
    {
        var type = await db.EventTypes.Where(t => t.Id == e.EventTypeId).Select(t => t.Name).FirstOrDefaultAsync() ?? "";
        var place = e.PlaceId is { } placeId ? await db.Places.Where(p => p.Id == placeId).Select(p => p.Name).FirstOrDefaultAsync() : null;
        var ids = e.Trainers.Select(t => t.PersonId).ToList();
        var names = await db.People.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.GivenName + " " + p.FamilyName);
        return new EventSnapshot(type, e.Title, place, VenueOf(e), e.JoiningLink, e.Capacity,
            e.BookingOpensAt, e.BookingClosesAt,
            e.Sessions.OrderBy(s => s.StartsAt).Select(s => new Interval(s.StartsAt, s.EndsAt)).ToList(),
            e.Trainers.OrderBy(t => t.Role).ThenBy(t => names.GetValueOrDefault(t.PersonId))
                .Select(t => $"{names.GetValueOrDefault(t.PersonId)} ({EventLifecycle.Display(t.Role)})").ToList(),
            e.CheckInOpensMinutesBefore);
    }

    /// <summary>Where the event is, as its history speaks of it: online, or the venue with its accessibility notes.</summary>
    public static string VenueOf(ProgrammeEvent e) => e.IsOnline ? "Online"
        : string.Join(", ", new[] { e.VenueName, e.VenueAddress, e.AccessibilityNotes }.Where(v => !string.IsNullOrEmpty(v)));

    public Task<List<Entry>> ForEventAsync(int eventId) =>
        db.EventChanges.AsNoTracking().Where(c => c.ProgrammeEventId == eventId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new Entry(c.ChangedAt, c.ChangedBy!.GivenName + " " + c.ChangedBy.FamilyName, c.Summary))
            .ToListAsync();
}
