using Bogus;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Demo;

/// <summary>
/// The demo facilitator's caseload: the practices of one place, each at the stage its training history suggests,
/// with support visits and agreed actions (some done, some open, one overdue), completed fidelity reviews for the
/// practices implementing the model (one overdue, one due within a fortnight) and a review still in draft.
/// </summary>
public sealed class DemoFacilitation(TrainingHubDbContext db, TimeProvider clock)
{
    private static readonly (string Description, string Owner)[] Actions =
    [
        ("Add the care planning template to the diabetes recall", "Practice manager"),
        ("Send results letters a week before the care planning conversation", "Reception lead"),
        ("Book the healthcare assistants onto the shortened YOC course", "Practice nurse lead"),
        ("Agree who reviews the shared plans each month", "GP partner"),
        ("Share the practice's PCSP leaflet with the patient participation group", "Practice manager"),
    ];

    private readonly Faker faker = new("en_GB") { Random = new Randomizer(2020) };

    public async Task SeedAsync(string facilitatorEmail, string leadEmail)
    {
        var now = clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var facilitator = await db.People.SingleAsync(p => p.WorkEmail == facilitatorEmail);
        var lead = await db.People.SingleAsync(p => p.WorkEmail == leadEmail);
        var place = await db.Places.OrderBy(p => p.Id).Skip(2).FirstAsync();
        var practices = await db.Practices.Where(p => p.PlaceId == place.Id && p.Status == Domain.Practices.PracticeStatus.Active)
            .OrderBy(p => p.OdsCode).Select(p => p.Id).ToListAsync();
        var completedOn = await db.Bookings.Where(b => b.State == BookingState.Attended && b.PracticeId != null && practices.Contains(b.PracticeId.Value))
            .GroupBy(b => b.PracticeId!.Value).Select(g => new { Practice = g.Key, First = g.Min(b => b.CompletedAt) }).ToDictionaryAsync(x => x.Practice, x => x.First);

        var reviewed = 0;
        foreach (var practice in practices)
        {
            db.FacilitatorAssignments.Add(new FacilitatorAssignment
            { FacilitatorId = facilitator.Id, PracticeId = practice, StartsOn = today.AddDays(-540), AssignedById = lead.Id, AssignedAt = now.AddDays(-540) });
            if (!completedOn.TryGetValue(practice, out var first) || first is null) continue;
            var stage = Stage(LondonTime.DateOf(first.Value), today);
            Journey(practice, stage, LondonTime.DateOf(first.Value), facilitator.Id, now);
            Visits(practice, facilitator.Id, LondonTime.DateOf(first.Value), today, now);
            if (stage >= PracticeStage.Implementing) Review(practice, facilitator.Id, today, now, draft: false, ReviewedDaysAgo(reviewed++));
        }
        var drafted = completedOn.Keys.FirstOrDefault(p => Stage(LondonTime.DateOf(completedOn[p]!.Value), today) == PracticeStage.Trained);
        if (drafted != 0) Review(drafted, facilitator.Id, today, now, draft: true);
        await db.SaveChangesAsync();
    }

    /// <summary>The longer since the practice first completed training, the further along it is.</summary>
    private static PracticeStage Stage(DateOnly firstCompleted, DateOnly today) => (today.DayNumber - firstCompleted.DayNumber) switch
    {
        > 540 => PracticeStage.RoutineCare,
        > 200 => PracticeStage.Implementing,
        _ => PracticeStage.Trained,
    };

    private void Journey(int practice, PracticeStage stage, DateOnly since, int facilitatorId, DateTimeOffset now)
    {
        db.PracticeJourneys.Add(new PracticeJourney { PracticeId = practice, Stage = stage, UpdatedAt = now });
        db.PracticeJourneyChanges.Add(new PracticeJourneyChange
        {
            PracticeId = practice, Aspect = JourneyAspect.Stage, FromValue = (int)PracticeStage.NotEngaged, ToValue = (int)stage,
            Reason = "Clinicians completed the YOC training course", EffectiveOn = since, RecordedAt = now, RecordedById = facilitatorId,
        });
    }

    private void Visits(int practice, int facilitatorId, DateOnly trainedOn, DateOnly today, DateTimeOffset now)
    {
        for (var visitedOn = trainedOn.AddDays(21); visitedOn < today; visitedOn = visitedOn.AddDays(faker.Random.Int(70, 140)))
        {
            var visit = new PracticeVisit
            {
                PracticeId = practice, FacilitatorId = facilitatorId, VisitedOn = visitedOn, Mode = faker.PickRandom<VisitMode>(),
                DurationMinutes = faker.PickRandom(45, 60, 90),
                Purpose = visitedOn == trainedOn.AddDays(21) ? VisitPurpose.InitialSupport : faker.PickRandom(VisitPurpose.ItAndTemplates, VisitPurpose.ProcessRedesign, VisitPurpose.Troubleshooting),
                Notes = "Met the practice team to plan the next steps in **care planning**.", RecordedAt = now, UpdatedAt = now,
            };
            var (description, owner) = faker.PickRandom(Actions);
            var due = visitedOn.AddDays(28);
            visit.Actions.Add(new VisitAction
            {
                PracticeId = practice, Description = description, Owner = owner, DueOn = due, RecordedById = facilitatorId,
                DoneOn = due < today.AddDays(-10) ? due.AddDays(-faker.Random.Int(0, 10)) : null,
            });
            db.PracticeVisits.Add(visit);
        }
    }

    /// <summary>The first review is overdue and the second due within a fortnight, whatever the day: the rest fall between.</summary>
    private int ReviewedDaysAgo(int index) => index switch { 0 => 200, 1 => 172, _ => faker.Random.Int(20, 160) };

    private void Review(int practice, int facilitatorId, DateOnly today, DateTimeOffset now, bool draft, int reviewedDaysAgo = 0)
    {
        var reviewedOn = today.AddDays(-reviewedDaysAgo);
        db.FidelityReviews.Add(new FidelityReview
        {
            PracticeId = practice, ReviewedOn = draft ? today : reviewedOn, NextReviewDue = (draft ? today : reviewedOn).AddMonths(6),
            Status = draft ? ReviewStatus.Draft : ReviewStatus.Completed,
            Summary = draft ? null : "The practice runs the YOC process for diabetes and respiratory care; plans are shared with people before review.",
            StartedById = facilitatorId, StartedAt = now, UpdatedById = facilitatorId, UpdatedAt = now, CompletedAt = draft ? null : now,
            Ratings = Enum.GetValues<FidelityElement>().Select((element, i) => new FidelityElementRating
            {
                Element = element,
                Rating = draft && i > 3 ? null : faker.Random.WeightedRandom([FidelityRating.Fully, FidelityRating.Partly, FidelityRating.NotInPlace], [0.7f, 0.25f, 0.05f]),
            }).ToList(),
        });
    }
}
