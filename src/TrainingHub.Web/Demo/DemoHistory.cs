using Bogus;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using Person = TrainingHub.Web.Data.Entities.Person;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Demo;

/// <summary>
/// Nearly two years already delivered, so coverage, delivery and feedback have something to show: YOC courses,
/// shortened courses, whole-practice workshops, taster sessions and Moving On workshops across the four places, each
/// with its register (most present at every session) and feedback from most who completed. The demo attendee completed
/// a taster session long ago (feedback given) and a course about three weeks ago (feedback still owed, inside its window).
/// Deterministic: a fixed seed gives the same history every time.
/// </summary>
public sealed class DemoHistory(TrainingHubDbContext db, TimeProvider clock)
{
    private const int EventsHeld = 36;
    private const int DaysBetweenEvents = 17;
    // Weekend days move up to three days later, so still past; the demo attendee's course (the last but one event)
    // then ended 18 to 21 days ago, inside its 28-day feedback window.
    private const int LastEndedDaysAgo = 4;
    private const int YocCourseTypeId = 2;
    private static readonly ProfessionalRole[] Clinicians = [ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse];

    /// <summary>Event type ids in the order they are held: mostly full courses, with the other kinds between.</summary>
    private static readonly int[] Rotation = [2, 1, 2, 4, 2, 3, 2, 5, 2, 1, 4, 2, 3, 2, 1, 4];

    private readonly Faker faker = new("en_GB") { Random = new Randomizer(2019) };

    public async Task SeedAsync(string attendeeEmail)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var places = await db.Places.OrderBy(p => p.Id).ToListAsync();
        var staff = await db.People.Include(p => p.Practice).Where(p => p.PracticeId != null && p.IsActive).OrderBy(p => p.Id).ToListAsync();
        var queues = places.ToDictionary(p => p.Id, p => new Queue<int>(faker.Random.Shuffle(
            staff.Where(s => s.Practice!.PlaceId == p.Id).Select(s => s.PracticeId!.Value).Distinct().Order())));
        var byPractice = staff.ToLookup(s => s.PracticeId!.Value);
        var types = await db.EventTypes.ToDictionaryAsync(t => t.Id);
        var feedback = new DemoFeedback(db, faker);
        var attendee = staff.Single(p => p.WorkEmail == attendeeEmail);
        // The attendee's own history: the second event (a taster session) and the last full course.
        var attendeeCourse = Enumerable.Range(0, EventsHeld).Last(k => Rotation[k % Rotation.Length] == YocCourseTypeId);

        for (var k = 0; k < EventsHeld; k++)
        {
            var day = Weekday(today.AddDays(-LastEndedDaysAgo - (EventsHeld - 1 - k) * DaysBetweenEvents));
            var type = types[Rotation[k % Rotation.Length]];
            var place = places[k % places.Count];
            var e = Held(type, place, day, await TrainersOnAsync(day));
            var people = Attendees(type, queues[place.Id], byPractice, staff.Where(s => s.Practice!.PlaceId == place.Id).ToList());
            foreach (var person in people.Where(p => p.Id != attendee.Id)) Register(e, person, faker.Random.Bool(0.92f));
            if (k == 1 || k == attendeeCourse) Register(e, attendee, present: true);
            await db.SaveChangesAsync();
            await feedback.AddAsync(e, type.Slug, owedBy: k == attendeeCourse ? attendee.Id : null);
        }
    }

    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(3),
        DayOfWeek.Sunday => day.AddDays(2),
        _ => day,
    };

    /// <summary>A lead and a co-trainer from those accredited to deliver the course on that day.</summary>
    private async Task<int[]> TrainersOnAsync(DateOnly day)
    {
        var accredited = await db.TrainerAccreditations
            .Where(a => a.AccreditationSlug == "yoc-training-course" && a.GrantedOn <= day && a.ValidUntil >= day)
            .OrderBy(a => a.PersonId).Select(a => a.PersonId).Distinct().ToListAsync();
        return faker.PickRandom(accredited, Math.Min(2, accredited.Count)).ToArray();
    }

    private ProgrammeEvent Held(EventType type, Place place, DateOnly day, int[] trainers)
    {
        var session = new EventSession
        {
            StartsAt = LondonTime.ToInstant(day, type.DefaultStartTime).Instant!.Value,
            EndsAt = LondonTime.ToInstant(day, type.DefaultEndTime).Instant!.Value,
        };
        var e = new ProgrammeEvent
        {
            EventTypeId = type.Id, Title = $"{type.Name}, {place.Name}", PlaceId = place.Id, Capacity = type.DefaultCapacity,
            Status = EventStatus.Completed, VenueName = $"{place.Name} training room", VenueAddress = "Practice learning centre",
            CreatedAt = session.StartsAt.AddDays(-60), UpdatedAt = session.EndsAt, BookingOpensAt = session.StartsAt.AddDays(-60),
            BookingClosesAt = session.StartsAt.AddDays(-2), Sessions = [session],
            Trainers = trainers.Select((id, i) => new EventTrainer { PersonId = id, Role = i == 0 ? TrainerRole.Lead : TrainerRole.CoTrainer }).ToList(),
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        return e;
    }

    /// <summary>
    /// Courses take two clinicians from each of the next practices still to be trained in the place; a workshop takes a
    /// whole practice team; taster sessions and Moving On workshops take a mix from across the place.
    /// </summary>
    private List<Person> Attendees(EventType type, Queue<int> untrained, ILookup<int, Person> byPractice, List<Person> inPlace)
    {
        var people = new List<Person>();
        if (type.Slug == "whole-practice-team-workshop")
        {
            if (untrained.TryDequeue(out var practice)) people.AddRange(byPractice[practice]);
            return people;
        }
        if (type.CountsTowardsPracticeTrained)
        {
            for (var i = 0; i < 8 && untrained.TryDequeue(out var practice); i++)
                people.AddRange(byPractice[practice].Where(p => Clinicians.Contains(p.ProfessionalRole)).Take(2));
            return people;
        }
        return faker.PickRandom(inPlace.Where(p => p.ProfessionalRole != ProfessionalRole.PracticeManager), Math.Min(14, inPlace.Count)).ToList();
    }

    /// <summary>Booked weeks before; nearly everyone present at the session (completed), the rest did not come.</summary>
    private void Register(ProgrammeEvent e, Person person, bool present)
    {
        var startsAt = e.Sessions[0].StartsAt;
        var bookedAt = startsAt.AddDays(-faker.Random.Int(10, 50));
        var booking = Booking.Request(e, person, bookedAt, bookedById: person.Id);
        booking.MoveTo(BookingState.Booked, person.Id, "Booked by the attendee", bookedAt);
        var markedAt = e.EndsAt!.Value;
        booking.MoveTo(present ? BookingState.Attended : BookingState.NoShow, e.Trainers.FirstOrDefault()?.PersonId,
            present ? "Present at every session" : "Absent from a session", markedAt);
        booking.Attendance.AddRange(e.Sessions.Select(s => new SessionAttendance
        { EventSession = s, Present = present, MarkedAt = markedAt, MarkedById = e.Trainers.FirstOrDefault()?.PersonId }));
        db.Bookings.Add(booking);
    }
}
