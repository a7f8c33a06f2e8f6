using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Reviews;

/// <summary>Start a fidelity review of a practice (or carry on with its draft).</summary>
public class StartModel(Caseloads caseloads, FidelityReviewService reviews) : PortalPageModel
{
    [BindProperty, Display(Name = "Date of the review")] public DateOnly? ReviewedOn { get; set; }
    public string PracticeName { get; private set; } = "";
    public int PracticeId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int practiceId)
    {
        if (!await caseloads.MayWorkWithAsync(User, practiceId)) return Forbid();
        ReviewedOn = caseloads.Today;
        return await ShowAsync(practiceId);
    }

    public async Task<IActionResult> OnPostAsync(int practiceId)
    {
        if (!await caseloads.MayWorkWithAsync(User, practiceId)) return Forbid();
        if (ModelState.DateMissing(nameof(ReviewedOn), ReviewedOn)) ModelState.AddModelError(nameof(ReviewedOn), "Enter the date of the review");
        if (!ModelState.IsValid || await caseloads.PracticeNameAsync(practiceId) is null) return await ShowAsync(practiceId);
        var id = await reviews.StartAsync(practiceId, ReviewedOn!.Value, User.PersonId()!.Value);
        return RedirectToPage("Edit", new { id });
    }

    private async Task<IActionResult> ShowAsync(int practiceId)
    {
        var name = await caseloads.PracticeNameAsync(practiceId);
        if (name is null) return NotFound();
        (PracticeId, PracticeName) = (practiceId, name);
        return Page();
    }
}
