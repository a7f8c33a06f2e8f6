using Bogus;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Facilitation across the country: every practice on one facilitator's caseload (the demo facilitator's among
/// them), each practice somewhere on its journey, visits over the past four years and completed fidelity reviews.
/// </summary>
public static class NationalFacilitation
{
    public static IEnumerable<FacilitatorAssignment> Caseloads(NationalWorld world, DateOnly since, DateTimeOffset now)
    {
        for (var i = 0; i < world.PracticeIds.Count; i++)
        {
            var facilitator = world.FacilitatorIds[i % world.FacilitatorIds.Count];
            world.FacilitatorOf[world.PracticeIds[i]] = facilitator;
            yield return new FacilitatorAssignment
            {
                Id = i + 1, FacilitatorId = facilitator, PracticeId = world.PracticeIds[i], StartsOn = since, AssignedById = world.LeadId, AssignedAt = now,
            };
        }
    }

    public static IEnumerable<PracticeJourney> Journeys(Faker faker, NationalWorld world, DateTimeOffset now) =>
        world.PracticeIds.Select(id => new PracticeJourney { PracticeId = id, Stage = faker.PickRandom<PracticeStage>(), UpdatedAt = now });

    public static IEnumerable<PracticeVisit> Visits(Faker faker, NationalWorld world, int count, DateOnly today, DateTimeOffset now)
    {
        for (var id = 1; id <= count; id++)
        {
            var practice = faker.PickRandom(world.PracticeIds);
            yield return new PracticeVisit
            {
                Id = id, PracticeId = practice, FacilitatorId = world.FacilitatorOf[practice],
                VisitedOn = today.AddDays(-faker.Random.Int(1, 4 * 365)), Mode = faker.PickRandom<VisitMode>(),
                DurationMinutes = faker.PickRandom(30, 45, 60, 90), Purpose = faker.PickRandom<VisitPurpose>(),
                Notes = faker.Lorem.Sentence(12), RecordedAt = now, UpdatedAt = now,
            };
        }
    }

    public static IEnumerable<FidelityReview> Reviews(Faker faker, NationalWorld world, int count, DateOnly today, DateTimeOffset now)
    {
        for (var id = 1; id <= count; id++)
        {
            var practice = faker.PickRandom(world.PracticeIds);
            var reviewedOn = today.AddDays(-faker.Random.Int(1, 4 * 365));
            var facilitator = world.FacilitatorOf[practice];
            yield return new FidelityReview
            {
                Id = id, PracticeId = practice, ReviewedOn = reviewedOn, NextReviewDue = reviewedOn.AddMonths(6), Status = ReviewStatus.Completed,
                Summary = faker.Lorem.Sentence(15), StartedById = facilitator, StartedAt = now, UpdatedById = facilitator, UpdatedAt = now, CompletedAt = now,
            };
        }
    }

    public static IEnumerable<FidelityElementRating> Ratings(Faker faker, int reviews)
    {
        var id = 0;
        for (var review = 1; review <= reviews; review++)
            foreach (var element in Enum.GetValues<FidelityElement>())
                yield return new FidelityElementRating { Id = ++id, FidelityReviewId = review, Element = element, Rating = faker.PickRandom<FidelityRating>() };
    }
}
