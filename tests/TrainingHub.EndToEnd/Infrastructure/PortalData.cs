using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// What a journey needs in place before a person starts (an event that ran yesterday, a booking, a caseload), put
/// there through the portal's own DbContext and services, and the rows a journey checks afterwards.
/// </summary>
public sealed class PortalData(IServiceProvider services)
{
    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> QueryAsync<T>(Func<TrainingHubDbContext, Task<T>> query) =>
        WithAsync(sp => query(sp.GetRequiredService<TrainingHubDbContext>()));

    public DateTimeOffset Now => services.GetRequiredService<TimeProvider>().GetUtcNow();

    public Task<Person> PersonAsync(string email) =>
        QueryAsync(db => db.People.AsNoTracking().SingleAsync(p => p.WorkEmail == email));

    /// <summary>Practice staff without an account who are not booked on anything yet.</summary>
    public Task<List<Person>> StaffAsync(int count, int skip = 0) =>
        QueryAsync(db => db.People.AsNoTracking()
            .Where(p => p.PracticeId != null && p.ProfessionalRole != ProfessionalRole.PracticeManager && !db.Bookings.Any(b => b.PersonId == p.Id))
            .OrderByDescending(p => p.Id).Skip(skip).Take(count).ToListAsync());

    /// <summary>One single-session event of the given type, <paramref name="inDays"/> from today (negative for past), UK times.</summary>
    public Task<ProgrammeEvent> EventAsync(string title, int typeId, int inDays, TimeOnly starts, TimeOnly ends, EventStatus status,
        params (int PersonId, TrainerRole Role)[] trainers) =>
        EventAsync(title, typeId, LondonTime.ToInstant(LondonTime.DateOf(Now).AddDays(inDays), starts).Instant!.Value,
            LondonTime.ToInstant(LondonTime.DateOf(Now).AddDays(inDays), ends).Instant!.Value, status, trainers);

    public Task<ProgrammeEvent> EventAsync(string title, int typeId, DateTimeOffset startsAt, DateTimeOffset endsAt, EventStatus status,
        params (int PersonId, TrainerRole Role)[] trainers) =>
        QueryAsync(async db =>
        {
            var now = Now;
            var place = await db.Places.OrderBy(p => p.Id).FirstAsync();
            var session = new EventSession { StartsAt = startsAt, EndsAt = endsAt };
            var e = new ProgrammeEvent
            {
                EventTypeId = typeId, Title = title, PlaceId = place.Id, Capacity = 12, Status = status,
                VenueName = "Kidlington Health Centre", VenueAddress = "Exeter Close, Kidlington OX5 1AP",
                CreatedAt = now.AddDays(-40), UpdatedAt = now.AddDays(-40), BookingOpensAt = now.AddDays(-40),
                BookingClosesAt = session.StartsAt, Sessions = [session],
                Trainers = trainers.Select(t => new EventTrainer { PersonId = t.PersonId, Role = t.Role }).ToList(),
            };
            e.RecalculateDates();
            db.ProgrammeEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    /// <summary>A confirmed place, booked by the person themselves some days ago.</summary>
    public Task<int> BookAsync(int eventId, Person person) =>
        QueryAsync(async db =>
        {
            var at = Now.AddDays(-10);
            var booking = new Booking
            {
                ProgrammeEventId = eventId, PersonId = person.Id, PracticeId = person.PracticeId, ProfessionalRole = person.ProfessionalRole,
                State = BookingState.Requested, CreatedAt = at, UpdatedAt = at,
            };
            booking.MoveTo(BookingState.Booked, person.Id, "Booked by the attendee", at);
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    /// <summary>Demo people who appear in lists have accounts without a password; this one may now sign in.</summary>
    public Task GivePasswordAsync(string email, string password) =>
        WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"{email} has no account");
            var added = await users.AddPasswordAsync(user, password);
            if (!added.Succeeded) throw new InvalidOperationException(string.Join("; ", added.Errors.Select(e => e.Description)));
            return true;
        });
}
