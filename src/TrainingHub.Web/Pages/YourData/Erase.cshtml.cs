using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>A lead erases a person on their request, after a page saying what goes and what stays and why.</summary>
public sealed class EraseModel(Erasure erasure) : PortalPageModel
{
    public Erasure.Plan? Plan { get; private set; }
    public bool IsYou { get; private set; }
    [TempData] public bool JustErased { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await erasure.PlanAsync(id, ct) is not { } plan) return NotFound();
        (Plan, IsYou) = (plan, id == User.PersonId());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await erasure.EraseAsync(id, User.PersonId()!.Value, ct);
        if (outcome == ErasureOutcome.NotFound) return NotFound();
        if (outcome == ErasureOutcome.Erased)
        {
            JustErased = true;
            return RedirectToPage(new { id });
        }
        ModelState.AddModelError("", outcome == ErasureOutcome.Yourself
            ? "You cannot erase yourself: ask another programme lead"
            : "This person's data has already been erased");
        return await OnGetAsync(id, ct);
    }
}
