using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using Person = TrainingHub.Web.Data.Entities.Person;

namespace TrainingHub.Web.Demo.National;

/// <summary>How big the benchmark's bursts are; zero leaves a part out.</summary>
public sealed record BurstSizes(int BookingAttempts, int Seats, int Reminders)
{
    public static readonly BurstSizes None = new(0, 0, 0);
    public const string BookingEmail = "burst-booking-{0}@nhs.example";
    public const string ReminderEmail = "burst-reminder-{0}@nhs.example";
    public const string BookingEventTitle = "Burst: booking";
    public const string ReminderEventTitle = "Burst: reminders";
}

/// <summary>
/// What the benchmark's bursts start from, added to the national dataset: an open event with few seats and one
/// signed-up attendee account per booking attempt (all with the demo password, hashed once); and an event starting
/// in just under a day whose every booking is owed its day-before reminder (booked well before it was due).
/// </summary>
public sealed class NationalBursts(TrainingHubDbContext db, BulkWriter writer, DateTimeOffset now, CancellationToken ct)
{
    public async Task<int> AddAsync(BurstSizes sizes, int practiceId, int placeId)
    {
        var rows = 0;
        if (sizes.BookingAttempts > 0)
        {
            await EventAsync(BurstSizes.BookingEventTitle, sizes.Seats, now.AddDays(30), placeId);
            rows += await PeopleAsync(BurstSizes.BookingEmail, sizes.BookingAttempts, practiceId);
        }
        if (sizes.Reminders > 0)
        {
            // Due an hour ago: inside the reminder's grace, so the queue owes it and the send-time re-check keeps it.
            var eventId = await EventAsync(BurstSizes.ReminderEventTitle, sizes.Reminders, now.AddDays(1).AddHours(-1), placeId);
            var firstPerson = await NextIdAsync(db.People.Select(p => p.Id));
            rows += await PeopleAsync(BurstSizes.ReminderEmail, sizes.Reminders, practiceId);
            rows += await BookingsAsync(eventId, firstPerson, sizes.Reminders, practiceId);
        }
        return rows;
    }

    /// <summary>Accounts for the booking burst's attendees, after the load: Identity writes them through its own store.</summary>
    public static async Task AddAccountsAsync(TrainingHubDbContext db, UserManager<PortalUser> users, int attempts)
    {
        if (attempts == 0) return;
        var hash = users.PasswordHasher.HashPassword(new PortalUser(), DemoProgramme.Password);
        var emails = Enumerable.Range(1, attempts).Select(i => string.Format(BurstSizes.BookingEmail, i)).ToList();
        var people = await db.People.Where(p => emails.Contains(p.WorkEmail)).Select(p => new { p.Id, p.WorkEmail }).ToListAsync();
        foreach (var person in people)
        {
            var user = new PortalUser { UserName = person.WorkEmail, Email = person.WorkEmail, EmailConfirmed = true, PersonId = person.Id, PasswordHash = hash };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
    }

    private async Task<int> EventAsync(string title, int capacity, DateTimeOffset startsAt, int placeId)
    {
        var id = await NextIdAsync(db.ProgrammeEvents.Select(e => e.Id));
        var session = new EventSession { Id = await NextIdAsync(db.EventSessions.Select(s => s.Id)), ProgrammeEventId = id, StartsAt = startsAt, EndsAt = startsAt.AddHours(3) };
        var e = new ProgrammeEvent
        {
            Id = id, EventTypeId = 1, Title = title, PlaceId = placeId, IsOnline = true, JoiningLink = $"https://meet.nhs.example/burst-{id}",
            Capacity = capacity, BookingOpensAt = now.AddDays(-20), Status = EventStatus.Published,
            StartsAt = session.StartsAt, EndsAt = session.EndsAt, CreatedAt = now.AddDays(-20), UpdatedAt = now.AddDays(-20),
        };
        await writer.InsertAsync([e], ct);
        await writer.InsertAsync([session], ct);
        return id;
    }

    private async Task<int> PeopleAsync(string emailFormat, int count, int practiceId)
    {
        var first = await NextIdAsync(db.People.Select(p => p.Id));
        return await writer.InsertAsync(Enumerable.Range(1, count).Select(i => new Person
        {
            Id = first + i - 1, GivenName = "Burst", FamilyName = $"Attendee {i}", WorkEmail = string.Format(emailFormat, i),
            PracticeId = practiceId, ProfessionalRole = ProfessionalRole.PracticeNurse, CreatedAt = now,
        }), ct);
    }

    private async Task<int> BookingsAsync(int eventId, int firstPerson, int count, int practiceId)
    {
        var bookingId = await NextIdAsync(db.Bookings.Select(b => b.Id));
        var transitionId = await NextIdAsync(db.BookingTransitions.Select(t => t.Id));
        var bookings = new List<Booking>();
        var transitions = new List<BookingTransition>();
        var bookedAt = now.AddDays(-10);
        for (var i = 0; i < count; i++)
        {
            var booking = Booking.Request(eventId, firstPerson + i, practiceId, ProfessionalRole.PracticeNurse, bookedAt,
                bookedById: firstPerson + i, id: bookingId + i);
            if (booking.MoveTo(BookingState.Booked, booking.PersonId, null, bookedAt) is { } whyNot) throw new InvalidOperationException(whyNot);
            var transition = booking.Transitions[^1];
            transition.Id = transitionId + i;
            transition.BookingId = booking.Id;
            booking.Transitions.Clear();
            bookings.Add(booking);
            transitions.Add(transition);
        }
        return await writer.InsertAsync(bookings, ct) + await writer.InsertAsync(transitions, ct);
    }

    private async Task<int> NextIdAsync(IQueryable<int> ids) => (await ids.MaxAsync(id => (int?)id, ct) ?? 0) + 1;

    private async Task<long> NextIdAsync(IQueryable<long> ids) => (await ids.MaxAsync(id => (long?)id, ct) ?? 0) + 1;
}
