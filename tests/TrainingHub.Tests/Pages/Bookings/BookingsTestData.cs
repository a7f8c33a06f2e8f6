using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>Bookable events and bookings straight into the database, for tests about what booking does next.</summary>
public static class BookingsTestData
{
    public static Task<ProgrammeEvent> BookableEventAsync(this PortalFactory factory, int capacity = 20,
        EventStatus status = EventStatus.Published, DateTimeOffset? closesAt = null, bool promoteImmediately = false, int cutOffHours = 48) =>
        factory.WithDbAsync(async db =>
        {
            var start = factory.Now().AddDays(30);
            var e = new ProgrammeEvent
            {
                EventTypeId = 2, Title = $"YOC training course {Guid.NewGuid():N}"[..30], VenueName = "Town Hall", VenueAddress = "Reading",
                Capacity = capacity, Status = status, BookingClosesAt = closesAt, PromoteImmediately = promoteImmediately,
                CancellationCutOffHours = cutOffHours, CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
                Sessions = [new EventSession { StartsAt = start, EndsAt = start.AddHours(6) }],
            };
            e.RecalculateDates();
            db.ProgrammeEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    public static async Task<List<Person>> StaffAsync(this PortalFactory factory, int practiceId, int count, ProfessionalRole role = ProfessionalRole.PracticeNurse)
    {
        var people = new List<Person>();
        for (var i = 0; i < count; i++) people.Add(await factory.Data.PersonAsync(practiceId, role));
        return people;
    }

    public static Task<List<Booking>> BookingsOnAsync(this PortalFactory factory, int eventId) =>
        factory.WithDbAsync(db => db.Bookings.AsNoTracking().Include(b => b.Transitions)
            .Where(b => b.ProgrammeEventId == eventId).OrderBy(b => b.Id).ToListAsync());

    public static async Task<Practice> PracticeAsync(this PortalFactory factory) =>
        await factory.Data.PracticeAsync((await factory.Data.PlaceAsync()).Id);

    /// <summary>Posts the Book form the way the browser does, from the event's booking page.</summary>
    public static async Task<HttpResponseMessage> BookAsync(this HttpClient client, int eventId) =>
        await client.PostFormAsync($"/Bookings/Book/{eventId}", new { });

    public static int? BookingIdFrom(HttpResponseMessage response) =>
        response.Headers.Location?.OriginalString is { } l && l.StartsWith("/Bookings/Details/") ? int.Parse(l["/Bookings/Details/".Length..]) : null;

    public static bool IsLive(this Booking b) => b.State != BookingState.Cancelled;
}
