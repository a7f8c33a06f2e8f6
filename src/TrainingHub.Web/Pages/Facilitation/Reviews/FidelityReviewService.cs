using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Reviews;

public abstract record ReviewSave
{
    public sealed record Saved : ReviewSave;
    /// <summary>Someone saved the review after this form loaded. Nothing was changed; here is what they saved.</summary>
    public sealed record Conflict(ReviewInput Theirs, string SavedBy, DateTimeOffset SavedAt) : ReviewSave;
    public sealed record NotEditable : ReviewSave;
}

/// <summary>
/// Starting, saving and completing fidelity reviews. A save succeeds only if the review still has the version its
/// editor loaded (the database checks the version in the UPDATE), so two people editing at once cannot silently
/// overwrite each other.
/// </summary>
public sealed class FidelityReviewService(TrainingHubDbContext db, Caseloads caseloads, TimeProvider clock)
{
    /// <summary>Reviews a person may read: those of practices they work with, and those they started.</summary>
    public IQueryable<FidelityReview> VisibleTo(ClaimsPrincipal user)
    {
        if (user.IsInRole(PortalRoles.ProgrammeLead)) return db.FidelityReviews;
        var personId = user.PersonId() ?? 0;
        var practices = caseloads.PracticeIdsOf(personId);
        return db.FidelityReviews.Where(r => r.StartedById == personId || practices.Contains(r.PracticeId));
    }

    public IQueryable<FidelityReview> AllOf(int practiceId) => db.FidelityReviews.AsNoTracking().Where(r => r.PracticeId == practiceId);

    public IQueryable<VisitAction> ActionsOf(int reviewId) => db.VisitActions.AsNoTracking().Where(a => a.FidelityReviewId == reviewId);

    /// <summary>Starts a draft, or returns the practice's existing draft: one draft per practice at a time.</summary>
    public async Task<int> StartAsync(int practiceId, DateOnly reviewedOn, int personId)
    {
        if (await DraftOfAsync(practiceId) is { } existing) return existing;
        var now = clock.GetUtcNow();
        var review = new FidelityReview
        {
            PracticeId = practiceId, ReviewedOn = reviewedOn, NextReviewDue = ProgrammeCalendar.DefaultNextReview(reviewedOn),
            Status = ReviewStatus.Draft, Version = 1, StartedById = personId, StartedAt = now, UpdatedById = personId, UpdatedAt = now,
            Ratings = FidelityElements.All.Select(e => new FidelityElementRating { Element = e.Element }).ToList(),
        };
        db.FidelityReviews.Add(review);
        try
        {
            await db.SaveChangesAsync();
            return review.Id;
        }
        catch (DbUpdateException)
        {
            // Someone started this practice's draft at the same moment; the unique index kept one.
            db.ChangeTracker.Clear();
            return (await DraftOfAsync(practiceId))!.Value;
        }
    }

    private Task<int?> DraftOfAsync(int practiceId) =>
        db.FidelityReviews.Where(r => r.PracticeId == practiceId && r.Status == ReviewStatus.Draft).Select(r => (int?)r.Id).FirstOrDefaultAsync();

    public Task<FidelityReview?> ForEditingAsync(int id) =>
        db.FidelityReviews.Include(r => r.Ratings).FirstOrDefaultAsync(r => r.Id == id);

    public async Task<ReviewSave> SaveAsync(FidelityReview review, ReviewInput input, bool complete, int personId)
    {
        if (review.Status != ReviewStatus.Draft) return new ReviewSave.NotEditable();
        db.Entry(review).Property(r => r.Version).OriginalValue = input.Version;
        review.Version = input.Version + 1;
        review.ReviewedOn = input.ReviewedOn!.Value;
        review.NextReviewDue = input.NextReviewDue!.Value;
        review.Summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        review.UpdatedById = personId;
        review.UpdatedAt = clock.GetUtcNow();
        foreach (var rating in review.Ratings)
        {
            var posted = input.For(rating.Element);
            rating.Rating = posted.Rating;
            rating.Evidence = string.IsNullOrWhiteSpace(posted.Evidence) ? null : posted.Evidence.Trim();
        }
        if (complete)
        {
            review.Status = ReviewStatus.Completed;
            review.CompletedAt = review.UpdatedAt;
        }
        try
        {
            await db.SaveChangesAsync();
            return new ReviewSave.Saved();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await TheirsAsync(review.Id);
        }
    }

    private async Task<ReviewSave> TheirsAsync(int id)
    {
        var saved = await db.FidelityReviews.AsNoTracking().Include(r => r.Ratings).Include(r => r.UpdatedBy).FirstAsync(r => r.Id == id);
        if (saved.Status != ReviewStatus.Draft) return new ReviewSave.NotEditable();
        return new ReviewSave.Conflict(ReviewInput.From(saved), saved.UpdatedBy!.FullName, saved.UpdatedAt);
    }

    public async Task AddActionAsync(FidelityReview review, SupportActionInput input, int personId)
    {
        db.VisitActions.Add(new VisitAction
        {
            PracticeId = review.PracticeId, FidelityReviewId = review.Id, Area = input.Area,
            Description = input.Description!.Trim(), Owner = input.Owner!.Trim(), DueOn = input.DueOn!.Value, RecordedById = personId,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>Marks one of this review's actions done today. False when it is not this review's or already done.</summary>
    public async Task<bool> MarkDoneAsync(int reviewId, int actionId) =>
        await db.VisitActions.Where(a => a.Id == actionId && a.FidelityReviewId == reviewId && a.DoneOn == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DoneOn, caseloads.Today)) == 1;
}

public sealed class SupportActionInput
{
    public FidelityElement? Area { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    [Display(Name = "Due date")] public DateOnly? DueOn { get; set; }
}
