using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Reviews;

/// <summary>A review's ratings and overall rating beside the practice's previous review, and its actions for support.</summary>
public class DetailsModel(Caseloads caseloads, FidelityReviewService reviews) : PortalPageModel
{
    public sealed record Rated(FidelityElement Element, FidelityRating? Rating, string? Evidence);
    public sealed record Summary(
        int Id, int PracticeId, string Practice, DateOnly ReviewedOn, DateOnly NextReviewDue, ReviewStatus Status, string? Text,
        string StartedBy, IReadOnlyList<Rated> Ratings)
    {
        public RagResult Rag => FidelityRag.Decide(Ratings.ToDictionary(r => r.Element, r => r.Rating));
        public Rated For(FidelityElement e) => Ratings.FirstOrDefault(r => r.Element == e) ?? new Rated(e, null, null);
    }
    public sealed record ActionRow(int Id, FidelityElement? Area, string Description, string Owner, DateOnly DueOn, DateOnly? DoneOn);

    /// <summary>The action form's fields top to bottom, so the error summary lists refusals in the order they are met.</summary>
    public static readonly string[] FieldOrder = ["Input.Area", "Input.Description", "Input.Owner", "Input.DueOn"];

    [BindProperty] public SupportActionInput Input { get; set; } = new();
    public Summary Review { get; private set; } = null!;
    public Summary? Previous { get; private set; }
    public IReadOnlyList<ActionRow> Actions { get; private set; } = [];
    public bool MayWorkWith { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        Input.DueOn = caseloads.Today.AddMonths(1);
        return await ShowAsync(id);
    }

    public async Task<IActionResult> OnPostAddActionAsync(int id)
    {
        var review = await reviews.VisibleTo(User).FirstOrDefaultAsync(r => r.Id == id);
        if (review is null) return NotFound();
        if (!await caseloads.MayWorkWithAsync(User, review.PracticeId)) return Forbid();
        if (Input.Area is { } area && !Enum.IsDefined(area)) ModelState.AddModelError("Input.Area", "Choose an area from the list");
        if (string.IsNullOrWhiteSpace(Input.Description)) ModelState.AddModelError("Input.Description", "Describe the action");
        else if (Input.Description.Length > 500) ModelState.AddModelError("Input.Description", "The action must be 500 characters or fewer");
        if (string.IsNullOrWhiteSpace(Input.Owner)) ModelState.AddModelError("Input.Owner", "Enter who owns the action");
        else if (Input.Owner.Length > 200) ModelState.AddModelError("Input.Owner", "The owner must be 200 characters or fewer");
        if (ModelState.DateMissing("Input.DueOn", Input.DueOn)) ModelState.AddModelError("Input.DueOn", "Enter the date the action is due");
        if (!ModelState.IsValid) return await ShowAsync(id);
        await reviews.AddActionAsync(review, Input, User.PersonId()!.Value);
        return Redirect($"/Facilitation/Reviews/Details/{id}#actions");
    }

    public async Task<IActionResult> OnPostDoneAsync(int id, int actionId)
    {
        var review = await reviews.VisibleTo(User).FirstOrDefaultAsync(r => r.Id == id);
        if (review is null) return NotFound();
        if (!await caseloads.MayWorkWithAsync(User, review.PracticeId)) return Forbid();
        if (!await reviews.MarkDoneAsync(id, actionId)) return NotFound();
        return Redirect($"/Facilitation/Reviews/Details/{id}#actions");
    }

    private async Task<IActionResult> ShowAsync(int id)
    {
        var visible = reviews.VisibleTo(User).AsNoTracking();
        var review = await Project(visible.Where(r => r.Id == id)).FirstOrDefaultAsync();
        if (review is null) return NotFound();
        Review = review;
        // The previous review: the practice's latest completed review before this one (visible or not: it is the practice's history).
        Previous = await Project(reviews.AllOf(review.PracticeId)
                .Where(r => r.Status == ReviewStatus.Completed && r.Id != id
                    && (r.ReviewedOn < review.ReviewedOn || (r.ReviewedOn == review.ReviewedOn && r.Id < id)))
                .OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id))
            .FirstOrDefaultAsync();
        Actions = await reviews.ActionsOf(id)
            .OrderBy(a => a.DoneOn != null).ThenBy(a => a.DueOn)
            .Select(a => new ActionRow(a.Id, a.Area, a.Description, a.Owner, a.DueOn, a.DoneOn)).ToListAsync();
        MayWorkWith = await caseloads.MayWorkWithAsync(User, review.PracticeId);
        return Page();
    }

    private static IQueryable<Summary> Project(IQueryable<FidelityReview> query) => query.Select(r => new Summary(
        r.Id, r.PracticeId, r.Practice!.Name, r.ReviewedOn, r.NextReviewDue, r.Status, r.Summary,
        r.StartedBy!.GivenName + " " + r.StartedBy.FamilyName,
        r.Ratings.Select(x => new Rated(x.Element, x.Rating, x.Evidence)).ToList()));
}
