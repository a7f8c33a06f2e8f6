using Bogus;
using Person = TrainingHub.Web.Data.Entities.Person;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Demo;

/// <summary>
/// Events still to come, dated from today, so every attendee job can be tried on the day the demo is loaded:
/// events in every place over the next three months (a full course with a waiting list, a two-day course, an online
/// whole-practice workshop with a practice's reserved places, sessions with places left) and a taster session
/// running today that the demo attendee is booked on, to check in with the code the demo trainer shows.
/// The demo attendee holds a place on the two-day course and may join the full course's waiting list.
/// Deterministic for a given day: a fixed seed picks the same people every time.
/// </summary>
public sealed class DemoBookings(TrainingHubDbContext db, TimeProvider clock)
{
    private const int TasterTypeId = 1;
    private const int YocTypeId = 2;

    public async Task SeedAsync()
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(2015) };
        var now = clock.GetUtcNow();
        var places = await db.Places.OrderBy(p => p.Name).ToListAsync();
        var staff = await db.People.Where(p => p.PracticeId != null && p.ProfessionalRole != ProfessionalRole.PracticeManager)
            .OrderBy(p => p.Id).ToListAsync();
        var attendee = await db.People.FirstAsync(p => p.WorkEmail == DemoProgramme.Accounts[3].Email);
        var lead = await db.People.FirstAsync(p => p.WorkEmail == DemoProgramme.Accounts[0].Email);
        var trainer = await db.People.FirstAsync(p => p.WorkEmail == DemoProgramme.Accounts[1].Email);

        var venues = DemoVenues.Create(now.AddDays(-90));
        db.Venues.AddRange(venues.All);
        var course = Event(YocTypeId, "YOC training course, Reading", places[0], [21], 9, 16, capacity: 12, now, venues.Reading);
        var twoDay = Event(YocTypeId, "YOC training course (two days), Aylesbury", places[1 % places.Count], [28, 35], 9, 16, capacity: 16, now, venues.Aylesbury);
        var workshop = Event(4, "Whole practice team workshop", places[^1], [35], 13, 16, capacity: 20, now, null);
        var topic = Event(12, "Topic session: MSK conditions", places[2 % places.Count], [49], 13, 16, capacity: 30, now, venues.Oxford);
        // Each place's own training centre is not in the directory: typed in, as "other".
        var later = places.Select((place, i) => Event(YocTypeId, $"YOC training course, {place.Name}", place, [63 + 7 * i], 9, 16, capacity: 16, now,
            null, $"{place.Name} training centre")).ToList();
        var today = TodaysTaster(places[0], now, trainer);
        db.ProgrammeEvents.AddRange([course, twoDay, workshop, topic, .. later, today]);
        await db.SaveChangesAsync();

        var picked = faker.PickRandom(staff.Where(p => p.Id != attendee.Id), 32).ToList();
        foreach (var (person, i) in picked.Take(12).Select((p, i) => (p, i))) Book(course, person, now.AddDays(-5).AddHours(i), BookingState.Booked);
        foreach (var (person, i) in picked.Skip(12).Take(4).Select((p, i) => (p, i)))
            Book(course, person, now.AddDays(-2).AddHours(i), BookingState.Waitlisted, position: i + 1);
        foreach (var person in picked.Skip(16).Take(6)) Book(topic, person, now.AddDays(-1), BookingState.Booked);
        Book(twoDay, attendee, now.AddDays(-6), BookingState.Booked);
        foreach (var person in picked.Skip(22).Take(7)) Book(twoDay, person, now.AddDays(-4), BookingState.Booked);
        Book(today, attendee, now.AddDays(-9), BookingState.Booked);
        foreach (var person in picked.Skip(29).Take(3)) Book(today, person, now.AddDays(-8), BookingState.Booked);
        ReservePracticePlaces(workshop, picked[22], lead, now);
        await db.SaveChangesAsync();
    }

    /// <param name="inDays">The days from today, one session each.</param>
    /// <param name="venue">From the directory; with neither it nor <paramref name="otherVenue"/> the event is online.</param>
    private static ProgrammeEvent Event(int typeId, string title, Place place, int[] inDays, int startHour, int endHour, int capacity,
        DateTimeOffset now, Venue? venue, string? otherVenue = null)
    {
        var online = venue is null && otherVenue is null;
        var sessions = inDays.Select(d => LondonTime.DateOf(now).AddDays(d)).Select(day => new EventSession
        {
            StartsAt = LondonTime.ToInstant(day, new TimeOnly(startHour, 0)).Instant!.Value,
            EndsAt = LondonTime.ToInstant(day, new TimeOnly(endHour, 30)).Instant!.Value,
        }).ToList();
        var e = new ProgrammeEvent
        {
            EventTypeId = typeId, Title = title, PlaceId = place.Id, Capacity = capacity, Status = EventStatus.Published,
            IsOnline = online, JoiningLink = online ? "https://meet.nhs.example/pcsp-workshop" : null,
            Venue = venue, VenueName = venue?.Name ?? otherVenue, VenueAddress = venue?.Details.Address,
            AccessibilityNotes = venue?.AccessibilityNotes, CreatedAt = now.AddDays(-30), UpdatedAt = now.AddDays(-30),
            BookingOpensAt = now.AddDays(-30), BookingClosesAt = sessions[0].StartsAt.AddDays(-2), Sessions = sessions,
        };
        e.RecalculateDates();
        return e;
    }

    /// <summary>
    /// A taster session running today, whatever the time the demo is loaded: from the start of today's London day
    /// to its end, so the demo attendee can check in with the code the demo trainer shows, and complete it tonight.
    /// </summary>
    private static ProgrammeEvent TodaysTaster(Place place, DateTimeOffset now, Person trainer)
    {
        var day = LondonTime.DateOf(now);
        var e = new ProgrammeEvent
        {
            EventTypeId = TasterTypeId, Title = "Taster session, online drop-in (all day today)", PlaceId = place.Id, Capacity = 20,
            Status = EventStatus.Published, IsOnline = true, JoiningLink = "https://meet.nhs.example/pcsp-taster",
            CreatedAt = now.AddDays(-30), UpdatedAt = now.AddDays(-30), BookingOpensAt = now.AddDays(-30),
            CheckInOpensMinutesBefore = 0,
            Sessions = [new EventSession { StartsAt = LondonTime.StartOfDay(day), EndsAt = LondonTime.StartOfDay(day.AddDays(1)).AddMinutes(-1) }],
            Trainers = [new EventTrainer { PersonId = trainer.Id, Role = TrainerRole.Lead }],
        };
        e.RecalculateDates();
        return e;
    }

    private void Book(ProgrammeEvent e, Person person, DateTimeOffset at, BookingState state, int position = 0)
    {
        var booking = Booking.Request(e.Id, person.Id, person.PracticeId, person.ProfessionalRole, at);
        if (state == BookingState.Booked) booking.MoveTo(state, person.Id, "Booked by the attendee", at);
        else booking.JoinWaitingList(position, person.Id, "Booked by the attendee: the event was full, so joined the waiting list", at);
        db.Bookings.Add(booking);
    }

    /// <summary>Three places reserved by the practice's manager (the lead stands in when there is none), one already named.</summary>
    private void ReservePracticePlaces(ProgrammeEvent workshop, Person named, Person lead, DateTimeOffset now)
    {
        var manager = db.People.Local.FirstOrDefault(p => p.PracticeId == named.PracticeId && p.ProfessionalRole == ProfessionalRole.PracticeManager)
                      ?? db.People.FirstOrDefault(p => p.PracticeId == named.PracticeId && p.ProfessionalRole == ProfessionalRole.PracticeManager) ?? lead;
        for (var i = 0; i < 2; i++)
        {
            var reserved = Booking.Request(workshop.Id, personId: null, named.PracticeId, role: null, now.AddDays(-3), bookedById: manager.Id);
            reserved.MoveTo(BookingState.Booked, manager.Id, $"Place reserved for the practice by {manager.FullName}", now.AddDays(-3));
            db.Bookings.Add(reserved);
        }
        var booking = Booking.Request(workshop.Id, named.Id, named.PracticeId, named.ProfessionalRole, now.AddDays(-3), bookedById: manager.Id);
        booking.MoveTo(BookingState.Booked, manager.Id, $"Named by {manager.FullName} for a place reserved for their practice", now.AddDays(-1));
        db.Bookings.Add(booking);
    }
}
