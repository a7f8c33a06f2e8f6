using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.SignIn;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.SignIn;
using Person = TrainingHub.Web.Data.Entities.Person;

namespace TrainingHub.Web.Demo;

/// <summary>
/// The trainer pool as demo data: accredited local trainers in each place (the demo trainer among them, assessor,
/// expiring soon), a Train the Trainer cohort five months ago whose trainees have co-delivered and been observed,
/// one accredited and one needing further development. Deterministic: its own fixed seed.
/// </summary>
public sealed class DemoTrainers(TrainingHubDbContext db, UserManager<PortalUser> users, TimeProvider clock)
{
    private const string Yoc = "yoc-training-course";
    private const int YocTypeId = 2;
    private const int TrainTheTrainerTypeId = 6;

    public async Task SeedAsync(string demoTrainerEmail, string demoLeadEmail)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(2018) };
        var now = clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var lead = await db.People.SingleAsync(p => p.WorkEmail == demoLeadEmail);
        var demoTrainer = await db.People.SingleAsync(p => p.WorkEmail == demoTrainerEmail);
        var places = await db.Places.OrderBy(p => p.Id).ToListAsync();

        var local = new List<Person> { demoTrainer };
        for (var i = 0; i < places.Count * 2 - 1; i++) local.Add(await TrainerAsync(faker, places[(i + 1) / 2].Id));
        Accredit(demoTrainer.Id, Yoc, today.AddDays(-2 * 365 + 75), canAssess: true);
        for (var i = 1; i < local.Count; i++) Accredit(local[i].Id, Yoc, today.AddDays(-faker.Random.Int(30, 600)), canAssess: i % 3 == 0);
        Accredit(local[1].Id, "train-the-trainer", today.AddDays(-200), canAssess: true);

        var staff = await db.People.Where(p => p.PracticeId != null && p.ProfessionalRole != ProfessionalRole.PracticeManager)
            .OrderBy(p => p.Id).Take(400).ToListAsync();
        var trainees = faker.PickRandom(staff, 6).ToList();
        foreach (var trainee in trainees) await GrantTrainerRoleAsync(trainee, null);
        var tot = Delivered(TrainTheTrainerTypeId, "Train the Trainer programme, Oxford", now.AddDays(-150), 3, (local[1].Id, TrainerRole.Lead));
        foreach (var trainee in trainees) Completed(tot, trainee, now.AddDays(-148));
        await db.SaveChangesAsync();

        for (var i = 0; i < trainees.Count; i++)
        {
            var mentor = local[i % local.Count];
            for (var d = 0; d < i % 3; d++)
                Delivered(YocTypeId, $"YOC training course, {places[(i + d) % places.Count].Name}", now.AddDays(-100 + 20 * d + i), 1,
                    (mentor.Id, TrainerRole.Lead), (trainees[i].Id, TrainerRole.CoTrainer));
        }
        for (var i = 0; i < local.Count; i++)
            Delivered(YocTypeId, $"YOC training course, {places[i % places.Count].Name}", now.AddDays(-faker.Random.Int(10, 300)), 1, (local[i].Id, TrainerRole.Lead));
        await db.SaveChangesAsync();

        var observedDelivery = await db.EventTrainers.Where(t => t.PersonId == trainees[2].Id).Select(t => t.ProgrammeEvent!).FirstAsync();
        Observe(faker, trainees[2].Id, demoTrainer.Id, observedDelivery, QaOutcome.Accredited, null);
        Accredit(trainees[2].Id, Yoc, LondonTime.DateOf(observedDelivery.EndsAt!.Value), canAssess: false);
        var secondDelivery = await db.EventTrainers.Where(t => t.PersonId == trainees[1].Id).Select(t => t.ProgrammeEvent!).FirstAsync();
        Observe(faker, trainees[1].Id, lead.Id, secondDelivery, QaOutcome.FurtherDevelopmentNeeded,
            "- Co-deliver the **goal-setting** section again beside an accredited trainer\n- Practise keeping the group to time in the afternoon");
        db.TrainerRecordNotes.Add(new TrainerRecordNote
        { TrainerPersonId = demoTrainer.Id, AuthorPersonId = demoTrainer.Id, Text = "Available to co-deliver with trainees in Berkshire West in the spring.", WrittenAt = now.AddDays(-12) });
        await db.SaveChangesAsync();
    }

    private async Task<Person> TrainerAsync(Faker faker, int placeId)
    {
        var given = faker.Name.FirstName();
        var family = faker.Name.LastName();
        var person = new Person
        {
            GivenName = given, FamilyName = family, WorkEmail = $"{given}.{family}.trainer@nhs.example".ToLowerInvariant().Replace("'", "").Replace(' ', '-'),
            ProfessionalRole = faker.PickRandom(ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse), CreatedAt = clock.GetUtcNow(),
            Organisation = "Thames Valley YOC trainer pool",
        };
        db.People.Add(person);
        await db.SaveChangesAsync();
        await GrantTrainerRoleAsync(person, placeId);
        return person;
    }

    // An account without a password: demo people who appear in lists but never sign in.
    private async Task GrantTrainerRoleAsync(Person person, int? placeId)
    {
        var user = await users.FindByEmailAsync(person.WorkEmail);
        if (user is null)
        {
            user = new PortalUser { UserName = person.WorkEmail, Email = person.WorkEmail, EmailConfirmed = true, PersonId = person.Id };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        }
        await users.AddToRoleAsync(user, PortalRoles.Trainer);
        db.RoleGrants.Add(new RoleGrant
        {
            PersonId = person.Id, Role = PortalRoles.Trainer, PlaceId = placeId, ScopeKey = RoleGrant.ScopeKeyFor(placeId),
            GrantedAt = clock.GetUtcNow(), GrantedByPersonId = person.Id,
        });
        await db.SaveChangesAsync();
    }

    private void Accredit(int personId, string slug, DateOnly grantedOn, bool canAssess) =>
        db.TrainerAccreditations.Add(new TrainerAccreditation
        {
            PersonId = personId, AccreditationSlug = slug, GrantedOn = grantedOn,
            ValidUntil = AccreditationRules.ValidUntil(grantedOn, AccreditationRules.DefaultYears), CanAssess = canAssess, UpdatedAt = clock.GetUtcNow(),
        });

    private ProgrammeEvent Delivered(int typeId, string title, DateTimeOffset firstDay, int days, params (int PersonId, TrainerRole Role)[] trainers)
    {
        var date = LondonTime.DateOf(firstDay);
        var e = new ProgrammeEvent
        {
            EventTypeId = typeId, Title = title, VenueName = "Training room", Capacity = 20, Status = EventStatus.Completed,
            CreatedAt = firstDay.AddDays(-60), UpdatedAt = firstDay.AddDays(days),
            Sessions = Enumerable.Range(0, days).Select(d => new EventSession
            {
                StartsAt = LondonTime.ToInstant(date.AddDays(d), new TimeOnly(9, 0)).Instant!.Value,
                EndsAt = LondonTime.ToInstant(date.AddDays(d), new TimeOnly(16, 30)).Instant!.Value,
            }).ToList(),
            Trainers = trainers.Select(t => new EventTrainer { PersonId = t.PersonId, Role = t.Role }).ToList(),
        };
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        return e;
    }

    private void Completed(ProgrammeEvent tot, Person trainee, DateTimeOffset at)
    {
        var booking = Booking.Request(tot, trainee, at.AddDays(-40));
        booking.MoveTo(BookingState.Booked, trainee.Id, null, at.AddDays(-40));
        booking.MoveTo(BookingState.Attended, null, "Present at every session", at);
        db.Bookings.Add(booking);
    }

    private void Observe(Faker faker, int observedId, int assessorId, ProgrammeEvent delivery, QaOutcome outcome, string? actions) =>
        db.QaObservations.Add(new QaObservation
        {
            ObservedPersonId = observedId, AssessorPersonId = assessorId, ProgrammeEventId = delivery.Id, AccreditationSlug = Yoc,
            ObservedOn = LondonTime.DateOf(delivery.EndsAt!.Value), Outcome = outcome, DevelopmentActions = actions, RecordedAt = delivery.EndsAt!.Value.AddDays(2),
            Ratings = QaCriteria.All.Select(c => new QaCriterionRating
            {
                Criterion = c, Rating = outcome == QaOutcome.Accredited ? faker.PickRandom(QaRating.Met, QaRating.Exceeded) : faker.PickRandom(QaRating.PartlyMet, QaRating.Met),
                Evidence = faker.PickRandom(
                    "Opened with the *why* of personalised care and linked it to the group's own practice.",
                    "Kept to the course slides and handouts; explained each exercise before starting it.",
                    "Drew quieter members in and summarised the discussion back to the room.",
                    "Role-played a **person-centred conversation** with open questions and reflective listening."),
            }).ToList(),
        });
}
