using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>The events a trainer delivers: what is coming and what they delivered lately, with who, where and how full.</summary>
public sealed class TrainerSessions(TrainingHubDbContext db, TimeProvider clock)
{
    public const int RecentDays = 90;

    public sealed record Session(int Id, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

    public sealed record Delivery(
        int EventId, string Title, string Type, EventStatus Status, string Place, string Venue, TrainerRole Role,
        IReadOnlyList<string> CoTrainers, int PlacesTaken, int Capacity, IReadOnlyList<Session> Sessions)
    {
        /// <summary>Registers are kept only for published and completed events.</summary>
        public bool HasRegister => Status is EventStatus.Published or EventStatus.Completed;
    }

    /// <summary>Not cancelled, and ending today or later (upcoming) or in the last <see cref="RecentDays"/> days (recent).</summary>
    public async Task<(IReadOnlyList<Delivery> Upcoming, IReadOnlyList<Delivery> Recent)> OfAsync(int personId)
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-RecentDays);
        var rows = await db.EventTrainers.AsNoTracking()
            .Where(t => t.PersonId == personId && t.ProgrammeEvent!.Status != EventStatus.Cancelled && t.ProgrammeEvent.EndsAt >= since)
            .Select(t => new
            {
                t.ProgrammeEventId, t.Role, t.ProgrammeEvent!.Title, Type = t.ProgrammeEvent.EventType!.Name, t.ProgrammeEvent.Status,
                Place = t.ProgrammeEvent.Place == null ? null : t.ProgrammeEvent.Place.Name,
                t.ProgrammeEvent.IsOnline, t.ProgrammeEvent.VenueName, t.ProgrammeEvent.VenueAddress, t.ProgrammeEvent.Capacity, t.ProgrammeEvent.EndsAt,
                CoTrainers = t.ProgrammeEvent.Trainers.Where(o => o.PersonId != personId).OrderBy(o => o.Role)
                    .Select(o => new { o.Person!.GivenName, o.Person.FamilyName, o.Role }).ToList(),
                Taken = db.Bookings.Count(b => b.ProgrammeEventId == t.ProgrammeEventId && (b.State == BookingState.Booked
                    || b.State == BookingState.Offered || b.State == BookingState.Attended || b.State == BookingState.NoShow)),
                Sessions = t.ProgrammeEvent.Sessions.OrderBy(s => s.StartsAt).Select(s => new Session(s.Id, s.StartsAt, s.EndsAt)).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        var deliveries = rows.Select(r => (r.EndsAt, Delivery: new Delivery(r.ProgrammeEventId, r.Title, r.Type, r.Status, r.Place ?? "Every place",
            VenueText.Of(r.IsOnline, r.VenueName, r.VenueAddress),
            r.Role, r.CoTrainers.Select(c => $"{c.GivenName} {c.FamilyName}{(c.Role == TrainerRole.Lead ? " (lead)" : "")}").ToList(),
            r.Taken, r.Capacity, r.Sessions))).ToList();
        var upcoming = deliveries.Where(d => d.EndsAt >= now).OrderBy(d => d.Delivery.Sessions.FirstOrDefault()?.StartsAt).Select(d => d.Delivery).ToList();
        var recent = deliveries.Where(d => d.EndsAt < now).OrderByDescending(d => d.EndsAt).Select(d => d.Delivery).ToList();
        return (upcoming, recent);
    }
}
