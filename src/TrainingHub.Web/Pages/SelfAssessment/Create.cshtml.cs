using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Domain.Events;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>Start an area's self-assessment for a date; it begins as a copy of the area's previous one.</summary>
public class CreateModel(TrainingHubDbContext db, SelfAssessmentService assessments, TimeProvider clock) : PortalPageModel
{
    public sealed class CreateInput
    {
        public string? Area { get; set; }
        public DateParts AssessedOn { get; set; } = new();
    }

    [BindProperty] public CreateInput Input { get; set; } = new();
    public IReadOnlyList<AssessmentArea> Areas { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Areas = await AssessmentAreas.AllAsync(db);
        Input.AssessedOn = DateParts.From(LondonTime.Today(clock));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Areas = await AssessmentAreas.AllAsync(db);
        var area = Areas.FirstOrDefault(a => a.Key == Input.Area);
        if (area is null) ModelState.AddModelError("Input.Area", "Choose the area that is assessing itself");
        var date = Input.AssessedOn.ToDate();
        if (date is null) ModelState.AddModelError("Input.AssessedOn", "Enter the date of the assessment as a real date, for example 31 3 2026");
        else if (date > LondonTime.Today(clock)) ModelState.AddModelError("Input.AssessedOn", "The date of the assessment must be today or in the past");
        if (!ModelState.IsValid) return Page();

        var outcome = await assessments.CreateAsync(area!, date!.Value, User.PersonId()!.Value, ct);
        switch (outcome)
        {
            case CreateOutcome.Created created:
                return Redirect($"/SelfAssessment/{created.Id}/Edit");
            case CreateOutcome.DraftExists draft:
                ModelState.AddModelError("Input.Area", $"{area!.Name} already has a draft self-assessment dated {LondonTime.Display(draft.AssessedOn)}. Continue or submit that one first");
                DraftId = draft.Id;
                break;
            case CreateOutcome.DateTaken:
                ModelState.AddModelError("Input.AssessedOn", $"{area!.Name} already has a self-assessment dated {LondonTime.Display(date.Value)}. Choose another date");
                break;
        }
        return Page();
    }

    public int? DraftId { get; private set; }
}
