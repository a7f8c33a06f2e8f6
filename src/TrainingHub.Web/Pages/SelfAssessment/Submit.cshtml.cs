using TrainingHub.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.SelfAssessment;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>Check a draft is complete and submit it; a submitted assessment can no longer change.</summary>
public class SubmitModel(TrainingHubDbContext db, SelfAssessmentService assessments, MaturityMatrixSource matrices) : PortalPageModel
{
    [BindProperty] public int Version { get; set; }
    public AssessmentHeading Heading { get; private set; } = null!;
    public IReadOnlyList<Enabler> Unrated { get; private set; } = [];
    public MaturityMatrix Matrix { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        Version = Heading.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refusal) return refusal;
        switch (await assessments.SubmitAsync(id, Version, User.PersonId()!.Value, Matrix, ct))
        {
            case SubmitOutcome.Submitted:
                return Redirect($"/SelfAssessment/{id}");
            case SubmitOutcome.Incomplete:
                foreach (var enabler in Unrated)
                    ModelState.AddModelError($"unrated-{enabler.FoundationId}-{enabler.Id}", $"Choose a level for enabler {enabler.Id} of {Matrix.FindFoundation(enabler.FoundationId)!.Title}");
                break;
            default:
                // Submitted meanwhile (say, a double click): show what was submitted.
                if (await LoadAsync(id, ct) is { } submitted) return submitted;
                ModelState.AddModelError("", "Someone has changed this self-assessment since you opened this page. Check it again before you submit it");
                Version = Heading.Version;
                break;
        }
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        Matrix = matrices.Current();
        var heading = await AssessmentHeading.LoadAsync(db, await AssessmentReader.ForAsync(User, db), id, ct);
        if (heading is null) return NotFound();
        if (!heading.IsDraft) return Redirect($"/SelfAssessment/{id}");
        Heading = heading;
        Unrated = await assessments.UnratedAsync(id, Matrix, ct);
        return null;
    }
}
