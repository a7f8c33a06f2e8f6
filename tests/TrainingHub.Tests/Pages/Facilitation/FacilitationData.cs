using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>Facilitation records for tests: a facilitator with a caseload, a visit, a review.</summary>
public static class FacilitationData
{
    public static Task<Person> FacilitatorAsync(this TestData data) =>
        data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Facilitator);

    public static Task<Person> LeadAsync(this TestData data) =>
        data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

    public static Task AssignAsync(this PortalFactory factory, int facilitatorId, int practiceId, DateOnly? startsOn = null) =>
        factory.WithDbAsync(async db =>
        {
            db.FacilitatorAssignments.Add(new FacilitatorAssignment
            {
                FacilitatorId = facilitatorId, PracticeId = practiceId, StartsOn = startsOn ?? new DateOnly(2020, 1, 1),
                AssignedById = facilitatorId, AssignedAt = factory.Now(),
            });
            await db.SaveChangesAsync();
        });

    public static Task<int> VisitAsync(this PortalFactory factory, int facilitatorId, int practiceId) =>
        factory.WithDbAsync(async db =>
        {
            var visit = new PracticeVisit
            {
                FacilitatorId = facilitatorId, PracticeId = practiceId, VisitedOn = new DateOnly(2024, 1, 10), Mode = VisitMode.Video,
                DurationMinutes = 30, Purpose = VisitPurpose.InitialSupport, RecordedAt = factory.Now(), UpdatedAt = factory.Now(),
            };
            db.PracticeVisits.Add(visit);
            await db.SaveChangesAsync();
            return visit.Id;
        });

    public static Task<int> DraftReviewAsync(this PortalFactory factory, int facilitatorId, int practiceId) =>
        factory.WithDbAsync(async db =>
        {
            var review = new FidelityReview
            {
                PracticeId = practiceId, ReviewedOn = new DateOnly(2024, 2, 1), NextReviewDue = new DateOnly(2025, 2, 1), Version = 1,
                StartedById = facilitatorId, UpdatedById = facilitatorId, StartedAt = factory.Now(), UpdatedAt = factory.Now(),
                Ratings = FidelityElements.All.Select(e => new FidelityElementRating { Element = e.Element }).ToList(),
            };
            db.FidelityReviews.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });

    /// <summary>A review with every element given the same rating (completed unless a status is given).</summary>
    public static Task RatedReviewAsync(this PortalFactory factory, int facilitatorId, int practiceId, FidelityRating rating,
        DateOnly reviewedOn, DateOnly nextReviewDue, ReviewStatus status = ReviewStatus.Completed) =>
        factory.WithDbAsync(async db =>
        {
            db.FidelityReviews.Add(new FidelityReview
            {
                PracticeId = practiceId, ReviewedOn = reviewedOn, NextReviewDue = nextReviewDue, Status = status, Version = 1,
                StartedById = facilitatorId, UpdatedById = facilitatorId, StartedAt = factory.Now(), UpdatedAt = factory.Now(),
                Ratings = FidelityElements.All.Select(e => new FidelityElementRating { Element = e.Element, Rating = rating }).ToList(),
            });
            await db.SaveChangesAsync();
        });

    public static Task ActionAsync(this PortalFactory factory, int visitId, string description, DateOnly dueOn, DateOnly? doneOn = null) =>
        factory.WithDbAsync(async db =>
        {
            var visit = await db.PracticeVisits.FindAsync(visitId) ?? throw new InvalidOperationException("No such visit");
            db.VisitActions.Add(new VisitAction
            {
                PracticeVisitId = visitId, PracticeId = visit.PracticeId, Description = description, Owner = "Practice manager",
                DueOn = dueOn, DoneOn = doneOn, RecordedById = visit.FacilitatorId,
            });
            await db.SaveChangesAsync();
        });

    public static Task CompleteReviewAsync(this PortalFactory factory, int reviewId, DateOnly nextReviewDue) =>
        factory.WithDbAsync(async db =>
        {
            var review = await db.FidelityReviews.FindAsync(reviewId) ?? throw new InvalidOperationException("No such review");
            review.Status = ReviewStatus.Completed;
            review.NextReviewDue = nextReviewDue;
            await db.SaveChangesAsync();
        });

    /// <summary>A practice in a new facilitator's caseload, and that facilitator signed in.</summary>
    public static async Task<(Practice Practice, Person Facilitator, HttpClient Client)> FacilitatedPracticeAsync(this PortalFactory factory)
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(facilitator.Id, practice.Id);
        return (practice, facilitator, factory.CreateClientFor(facilitator.Id));
    }
}
