using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>Leads give practices to facilitators and end assignments (through the confirmation page).</summary>
public class CaseloadsModel(TrainingHubDbContext db, Caseloads caseloads) : PortalPageModel
{
    public sealed record AssignInput(int? FacilitatorId, string? OdsCode, [Display(Name = "Start date")] DateOnly? StartsOn);
    public sealed record Row(int Id, string Facilitator, int PracticeId, string OdsCode, string Practice, string Place, DateOnly StartsOn, DateOnly? EndsOn, DateTimeOffset? EndedAt);

    /// <summary>The form's fields top to bottom, so the error summary lists refusals in the order they are met.</summary>
    public static readonly string[] FieldOrder = ["Input.FacilitatorId", "Input.OdsCode", "Input.StartsOn"];

    [BindProperty] public AssignInput Input { get; set; } = new(null, null, null);
    public IReadOnlyList<Caseloads.FacilitatorOption> Facilitators { get; private set; } = [];
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public string? Confirmation { get; private set; }
    public DateOnly Today => caseloads.Today;

    [TempData] public string? Saved { get; set; }

    public async Task OnGetAsync(string? assigned)
    {
        Input = Input with { StartsOn = caseloads.Today };
        Confirmation = assigned is not null ? $"{assigned} is assigned." : Saved is { } saved ? $"{saved}: the facilitator can no longer work with that practice's visits and reviews." : null;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAssignAsync()
    {
        if (Input.FacilitatorId is null) ModelState.AddModelError("Input.FacilitatorId", "Choose a facilitator");
        if (string.IsNullOrWhiteSpace(Input.OdsCode)) ModelState.AddModelError("Input.OdsCode", "Enter the practice's ODS code");
        if (ModelState.DateMissing("Input.StartsOn", Input.StartsOn)) ModelState.AddModelError("Input.StartsOn", "Enter the date the facilitator starts with the practice");
        if (ModelState.IsValid)
        {
            var outcome = await caseloads.AssignAsync(Input.FacilitatorId!.Value, Input.OdsCode!, Input.StartsOn!.Value, User.PersonId()!.Value);
            if (outcome == AssignOutcome.Assigned)
                return RedirectToPage(new { assigned = Input.OdsCode!.Trim().ToUpperInvariant() });
            var (key, message) = Explain(outcome);
            ModelState.AddModelError(key, message);
        }
        await LoadAsync();
        return Page();
    }

    private static (string Key, string Message) Explain(AssignOutcome outcome) => outcome switch
    {
        AssignOutcome.NotAFacilitator => ("Input.FacilitatorId", "Choose a facilitator from the list"),
        AssignOutcome.NoSuchPractice => ("Input.OdsCode", "No practice in the register has that ODS code"),
        AssignOutcome.OutsidePlaces => ("Input.OdsCode", "That practice is outside the facilitator's places"),
        AssignOutcome.AlreadyTheirs => ("Input.OdsCode", "That practice is already in the facilitator's caseload"),
        AssignOutcome.StartsTooEarly => ("Input.StartsOn", "The start date must be after the start of the practice's current assignment"),
        _ => ("Input.OdsCode", "Someone else assigned this practice at the same moment. Check the list and try again"),
    };

    private async Task LoadAsync()
    {
        Facilitators = await caseloads.FacilitatorsAsync();
        var today = caseloads.Today;
        Rows = await db.FacilitatorAssignments.AsNoTracking()
            .Where(a => a.EndsOn == null || a.EndsOn >= today)
            .OrderBy(a => a.Facilitator!.FamilyName).ThenBy(a => a.Practice!.Name)
            .Select(a => new Row(a.Id, a.Facilitator!.GivenName + " " + a.Facilitator.FamilyName, a.PracticeId,
                a.Practice!.OdsCode, a.Practice.Name, a.Practice.Place!.Name, a.StartsOn, a.EndsOn, a.EndedAt))
            .ToListAsync();
    }
}
