using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>The confirmation page before a lead ends a facilitator's assignment to a practice today.</summary>
public class EndAssignmentModel(TrainingHubDbContext db, Caseloads caseloads) : PortalPageModel
{
    public sealed record AssignmentView(int Id, string Facilitator, string Practice, string OdsCode, DateOnly StartsOn, bool Ongoing);

    public AssignmentView Assignment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int assignmentId) => await LoadAsync(assignmentId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int assignmentId)
    {
        if (!await LoadAsync(assignmentId)) return NotFound();
        if (!await caseloads.EndNowAsync(assignmentId))
        {
            ModelState.AddModelError("", "That assignment has already ended or starts in the future.");
            return Page();
        }
        TempData["Saved"] = $"{Assignment.Facilitator}'s assignment to {Domain.Practices.PracticeNames.Display(Assignment.Practice)} has ended";
        return RedirectToPage("Caseloads");
    }

    private async Task<bool> LoadAsync(int assignmentId)
    {
        var today = caseloads.Today;
        var found = await db.FacilitatorAssignments.AsNoTracking().Where(a => a.Id == assignmentId)
            .Select(a => new AssignmentView(a.Id, a.Facilitator!.GivenName + " " + a.Facilitator.FamilyName, a.Practice!.Name, a.Practice.OdsCode,
                a.StartsOn, a.EndsOn == null && a.StartsOn <= today))
            .FirstOrDefaultAsync();
        if (found is null) return false;
        Assignment = found;
        return true;
    }
}
