using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation.Visits;

/// <summary>Record a visit (Edit?practiceId=N) or change one you recorded (Edit/ID), with its agreed actions.</summary>
public class EditModel(Caseloads caseloads, VisitLog visits) : PortalPageModel
{
    [BindProperty] public VisitInput Input { get; set; } = new();
    public int? VisitId { get; private set; }
    public int PracticeId { get; private set; }
    public string PracticeName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, int? practiceId)
    {
        if (id is { } visitId)
        {
            if (await visits.OwnAsync(User, visitId) is not { } visit) return Forbid();
            Input = VisitInput.From(visit);
            return await ShowAsync(visit.PracticeId, visitId);
        }
        if (practiceId is not { } practice || !await caseloads.MayWorkWithAsync(User, practice)) return Forbid();
        Input = new VisitInput { VisitedOn = caseloads.Today };
        return await ShowAsync(practice, null);
    }

    public async Task<IActionResult> OnPostAsync(int? id, int? practiceId)
    {
        PracticeVisit? visit;
        if (id is { } visitId)
        {
            visit = await visits.OwnAsync(User, visitId);
            if (visit is null) return Forbid();
        }
        else
        {
            if (practiceId is not { } practice || !await caseloads.MayWorkWithAsync(User, practice)) return Forbid();
            if (await caseloads.PracticeNameAsync(practice) is null) return NotFound();
            visit = new PracticeVisit { PracticeId = practice, FacilitatorId = User.PersonId()!.Value };
        }

        Input.Validate(ModelState, caseloads.Today);
        if (!ModelState.IsValid) return await ShowAsync(visit.PracticeId, id);
        if (!visits.Apply(visit, Input, User.PersonId()!.Value))
        {
            ModelState.AddModelError("Input.Actions", "One of the actions is not part of this visit. Reload the page and try again");
            return await ShowAsync(visit.PracticeId, id);
        }
        if (visit.Id == 0) visits.Add(visit);
        await visits.SaveAsync();
        return RedirectToPage("Details", new { id = visit.Id });
    }

    private async Task<IActionResult> ShowAsync(int practiceId, int? visitId)
    {
        var name = await caseloads.PracticeNameAsync(practiceId);
        if (name is null) return NotFound();
        (PracticeId, PracticeName, VisitId) = (practiceId, name, visitId);
        Input.AddBlankActionRows();
        return Page();
    }
}
