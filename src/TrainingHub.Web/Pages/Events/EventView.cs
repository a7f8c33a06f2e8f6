using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>An event as its pages show it: details, sessions in UK time and trainers.</summary>
public sealed record EventView(
    int Id, string Title, int TypeId, string TypeName, string TypeSlug, string? Place, bool IsOnline, string? VenueName,
    string? VenueAddress, string? AccessibilityNotes, string? JoiningLink, int Capacity, DateTimeOffset? BookingOpensAt,
    DateTimeOffset? BookingClosesAt, EventStatus Status, string? CancellationReason, int Sequence,
    IReadOnlyList<Interval> Sessions, IReadOnlyList<EventView.Trainer> Trainers)
{
    public sealed record Trainer(int PersonId, string Name, TrainerRole Role);

    public static async Task<EventView?> LoadAsync(TrainingHubDbContext db, int id)
    {
        var view = await db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EventView(e.Id, e.Title, e.EventTypeId, e.EventType!.Name, e.EventType.Slug,
                e.Place == null ? null : e.Place.Name, e.IsOnline, e.VenueName, e.VenueAddress, e.AccessibilityNotes,
                e.JoiningLink, e.Capacity, e.BookingOpensAt, e.BookingClosesAt, e.Status, e.CancellationReason, e.Sequence,
                new List<Interval>(), new List<Trainer>()))
            .FirstOrDefaultAsync();
        if (view is null) return null;
        var sessions = await db.EventSessions.AsNoTracking().Where(s => s.ProgrammeEventId == id)
            .OrderBy(s => s.StartsAt).Select(s => new Interval(s.StartsAt, s.EndsAt)).ToListAsync();
        var trainers = await db.EventTrainers.AsNoTracking().Where(t => t.ProgrammeEventId == id)
            .OrderBy(t => t.Role).ThenBy(t => t.Person!.FamilyName)
            .Select(t => new Trainer(t.PersonId, t.Person!.GivenName + " " + t.Person.FamilyName, t.Role)).ToListAsync();
        return view with { Sessions = sessions, Trainers = trainers };
    }

    public string Venue => VenueText.Of(IsOnline, VenueName, VenueAddress);
}
