using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Register;

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

    public const int ShortenedYocCourse = 3;

    /// <summary>One single-session event of the given type, <paramref name="inDays"/> from today (negative for past), UK times.</summary>
    public Task<ProgrammeEvent> EventAsync(string title, int typeId, int inDays, TimeOnly starts, TimeOnly ends, EventStatus status,
        params (int PersonId, TrainerRole Role)[] trainers)
    {
        var day = LondonTime.DateOf(Now).AddDays(inDays);
        return SaveEventAsync(title, typeId, UkTime(day, starts), UkTime(day, ends), status, 12, trainers);
    }

    public Task<ProgrammeEvent> EventAsync(string title, int typeId, DateTimeOffset startsAt, DateTimeOffset endsAt, EventStatus status,
        params (int PersonId, TrainerRole Role)[] trainers) =>
        SaveEventAsync(title, typeId, startsAt, endsAt, status, 12, trainers);

    /// <summary>A published shortened YOC course on <paramref name="day"/>, open for booking; 10:00 to 13:00 UK time unless given.</summary>
    public Task<ProgrammeEvent> PublishedAsync(string title, DateOnly day, int capacity, TimeOnly? start = null, TimeOnly? end = null) =>
        SaveEventAsync(title, ShortenedYocCourse, UkTime(day, start ?? new(10, 0)), UkTime(day, end ?? new(13, 0)),
            EventStatus.Published, capacity, []);

    private static DateTimeOffset UkTime(DateOnly day, TimeOnly time) => LondonTime.ToInstant(day, time).Instant!.Value;

    private Task<ProgrammeEvent> SaveEventAsync(string title, int typeId, DateTimeOffset startsAt, DateTimeOffset endsAt, EventStatus status,
        int capacity, (int PersonId, TrainerRole Role)[] trainers) =>
        QueryAsync(async db =>
        {
            var now = Now;
            var place = await db.Places.OrderBy(p => p.Id).FirstAsync();
            var session = new EventSession { StartsAt = startsAt, EndsAt = endsAt };
            var e = new ProgrammeEvent
            {
                EventTypeId = typeId, Title = title, PlaceId = place.Id, Capacity = capacity, Status = status,
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

    /// <summary>Adds a day to an event, <paramref name="starts"/> to <paramref name="ends"/> UK time; returns all its sessions in order.</summary>
    public Task<List<EventSession>> AddDayAsync(int eventId, DateOnly day, TimeOnly starts, TimeOnly ends) => QueryAsync(async db =>
    {
        var e = await db.ProgrammeEvents.Include(x => x.Sessions).SingleAsync(x => x.Id == eventId);
        e.Sessions.Add(new EventSession { StartsAt = UkTime(day, starts), EndsAt = UkTime(day, ends) });
        e.RecalculateDates();
        await db.SaveChangesAsync();
        return e.Sessions.OrderBy(s => s.StartsAt).ToList();
    });

    /// <summary>The code shown in the room for each session, as the register page shows it to the trainer.</summary>
    public async Task<List<string>> CheckInCodesAsync(IEnumerable<EventSession> sessions)
    {
        var codes = new List<string>();
        foreach (var session in sessions)
            codes.Add(await WithAsync(sp => sp.GetRequiredService<SessionCodes>().ForAsync(session.Id)));
        return codes;
    }

    /// <summary>Runs the completion job's own work now, as its next minute would, in a scope of its own.</summary>
    public Task CompleteEndedAsync() => WithAsync(async sp =>
    {
        await ActivatorUtilities.CreateInstance<CompletionJob>(sp).RunAsync(CancellationToken.None);
        return true;
    });

    public Task<BookingState> StateAsync(int eventId, int personId) => QueryAsync(db =>
        db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.PersonId == personId).Select(b => b.State).SingleAsync());

    /// <summary>A confirmed place, booked by the person themselves some days ago.</summary>
    public Task<int> BookAsync(int eventId, Person person) =>
        RequestAsync(eventId, person, (booking, at) => booking.MoveTo(BookingState.Booked, person.Id, "Booked by the attendee", at));

    /// <summary>A place booked some days ago that the person has cancelled since.</summary>
    public Task<int> CancelledAsync(int eventId, Person person) =>
        RequestAsync(eventId, person, (booking, at) =>
            booking.MoveTo(BookingState.Booked, person.Id, "Booked by the attendee", at) ?? booking.Cancel(person.Id, "Cancelled by the attendee", at.AddDays(3)));

    /// <summary>Number <paramref name="position"/> on the event's waiting list, joined some days ago.</summary>
    public Task<int> WaitlistAsync(int eventId, Person person, int position = 1) =>
        RequestAsync(eventId, person, (booking, at) => booking.JoinWaitingList(position, person.Id, "Joined the waiting list", at));

    private Task<int> RequestAsync(int eventId, Person person, Func<Booking, DateTimeOffset, string?> then) =>
        QueryAsync(async db =>
        {
            var at = Now.AddDays(-10);
            var booking = Booking.Request(eventId, person.Id, person.PracticeId, person.ProfessionalRole, at);
            if (then(booking, at) is { } whyNot) throw new InvalidOperationException(whyNot);
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    public sealed record Attendee(int PersonId, string Email, string Name, int PracticeId);

    /// <summary>A member of practice staff who can sign in with the demo password (journeys need more than the demo's one attendee).</summary>
    public Task<Attendee> AttendeeAsync(string given, string family, ProfessionalRole role = ProfessionalRole.PracticeNurse,
        string? practiceOdsCode = null) =>
        WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<TrainingHubDbContext>();
            var practiceId = await db.Practices.Where(p => practiceOdsCode == null ? p.Status == PracticeStatus.Active : p.OdsCode == practiceOdsCode)
                .OrderBy(p => p.OdsCode).Select(p => p.Id).FirstAsync();
            // Sign-in names take letters, digits and dots: "D'Arcy O'Neill" signs in as darcy.oneill.….
            var local = new string($"{given}.{family}.{Guid.NewGuid():N}".Where(c => char.IsAsciiLetterOrDigit(c) || c == '.').ToArray());
            var email = local[..40].ToLowerInvariant() + "@practice.example";
            var person = new Person
            {
                GivenName = given, FamilyName = family, WorkEmail = email, ProfessionalRole = role, PracticeId = practiceId, CreatedAt = Now,
            };
            db.People.Add(person);
            await db.SaveChangesAsync();
            var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, PersonId = person.Id };
            Succeeded(await sp.GetRequiredService<UserManager<PortalUser>>().CreateAsync(user, DemoProgramme.Password));
            return new Attendee(person.Id, email, person.FullName, practiceId);
        });

    /// <summary>Demo people who appear in lists have accounts without a password; this one may now sign in.</summary>
    public Task GivePasswordAsync(string email, string password) =>
        WithAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<PortalUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"{email} has no account");
            Succeeded(await users.AddPasswordAsync(user, password));
            return true;
        });

    private static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
