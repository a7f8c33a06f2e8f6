using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Reviews;

/// <summary>Rate a draft review's elements with evidence; save as you go, complete when every element is rated.</summary>
public class EditModel(Caseloads caseloads, FidelityReviewService reviews) : PortalPageModel
{
    public const string ConflictKey = "conflict";

    [BindProperty] public ReviewInput Input { get; set; } = new();
    public ReviewSave.Conflict? Conflict { get; private set; }
    public int ReviewId { get; private set; }
    public int PracticeId { get; private set; }
    public string PracticeName { get; private set; } = "";
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool saved)
    {
        var review = await reviews.ForEditingAsync(id);
        if (review is null) return NotFound();
        if (!await caseloads.MayWorkWithAsync(User, review.PracticeId)) return Forbid();
        if (review.Status != ReviewStatus.Draft) return RedirectToPage("Details", new { id });
        Input = ReviewInput.From(review);
        Saved = saved;
        return await ShowAsync(review);
    }

    public Task<IActionResult> OnPostAsync(int id) => SaveAsync(id, complete: false);

    public Task<IActionResult> OnPostCompleteAsync(int id) => SaveAsync(id, complete: true);

    private async Task<IActionResult> SaveAsync(int id, bool complete)
    {
        var review = await reviews.ForEditingAsync(id);
        if (review is null) return NotFound();
        if (!await caseloads.MayWorkWithAsync(User, review.PracticeId)) return Forbid();
        Input.Validate(ModelState, complete);
        if (!ModelState.IsValid) return await ShowAsync(review);

        switch (await reviews.SaveAsync(review, Input, complete, User.PersonId()!.Value))
        {
            case ReviewSave.Saved when complete:
                return RedirectToPage("Details", new { id });
            case ReviewSave.Saved:
                return RedirectToPage(new { id, saved = true });
            case ReviewSave.Conflict conflict:
                Conflict = conflict;
                // Saving again now is a deliberate choice to replace their values with the ones in the form.
                Input.Version = conflict.Theirs.Version;
                ModelState.AddModelError(ConflictKey,
                    $"{conflict.SavedBy} saved this review while you were editing it. Nothing you entered has been saved. Compare their values with yours below, then save again to keep yours");
                return await ShowAsync(review);
            default:
                return RedirectToPage("Details", new { id });
        }
    }

    private async Task<IActionResult> ShowAsync(FidelityReview review)
    {
        ReviewId = review.Id;
        PracticeId = review.PracticeId;
        PracticeName = await caseloads.PracticeNameAsync(review.PracticeId) ?? "";
        return Page();
    }
}
