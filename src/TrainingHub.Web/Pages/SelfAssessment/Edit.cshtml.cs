using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.FormComponents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>Rate one foundation's enablers of a draft: a level, the evidence, and planned actions with owners and due dates.</summary>
public class EditModel(TrainingHubDbContext db, SelfAssessmentService assessments, MaturityMatrixSource matrices) : PortalPageModel
{
    public sealed class FoundationInput
    {
        public int Version { get; set; }
        public List<RatingInput> Ratings { get; set; } = [];
    }

    public sealed class RatingInput
    {
        public string? EnablerId { get; set; }
        public int? Level { get; set; }
        public string? Evidence { get; set; }
        public List<ActionInput> Actions { get; set; } = [];
    }

    public sealed class ActionInput
    {
        public string? Description { get; set; }
        public string? Owner { get; set; }
        public DateParts DueOn { get; set; } = new();
        public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueOn.IsBlank;
    }

    [BindProperty] public FoundationInput Input { get; set; } = new();
    public AssessmentHeading Heading { get; private set; } = null!;
    public MaturityMatrix Matrix { get; private set; } = null!;
    public Foundation Foundation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string? foundation, CancellationToken ct)
    {
        if (await LoadAsync(id, foundation, ct) is { } refusal) return refusal;
        var keys = Foundation.Enablers.Select(e => e.Key).ToList();
        var saved = await db.SelfAssessmentRatings.AsNoTracking()
            .Where(r => r.SelfAssessmentId == id && keys.Contains(r.EnablerKey))
            .Select(r => new { r.EnablerKey, r.Level, r.Evidence, Actions = r.Actions.OrderBy(x => x.Position).ToList() })
            .ToListAsync(ct);
        Input = new FoundationInput
        {
            Version = Heading.Version,
            Ratings = [.. Foundation.Enablers.Select(e => saved.FirstOrDefault(r => r.EnablerKey == e.Key) is { } r
                ? new RatingInput { EnablerId = e.Id, Level = r.Level, Evidence = r.Evidence,
                    Actions = [.. r.Actions.Select(x => new ActionInput { Description = x.Description, Owner = x.Owner, DueOn = DateParts.From(x.DueOn) })] }
                : new RatingInput { EnablerId = e.Id })],
        };
        AddBlankActionRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? foundation, CancellationToken ct)
    {
        if (await LoadAsync(id, foundation, ct) is { } refusal) return refusal;
        Input.Ratings = [.. Foundation.Enablers.Select(e => Input.Ratings.FirstOrDefault(r => r.EnablerId == e.Id) ?? new RatingInput { EnablerId = e.Id })];
        var changes = Validate();
        if (ModelState.IsValid)
        {
            if (await assessments.SaveFoundationAsync(id, Input.Version, Foundation, changes, ct)) return Redirect(NextPage());
            ModelState.AddModelError("", "Someone else has saved or submitted this self-assessment since you opened it, so your changes "
                + "have not been saved. Open it again to see the latest version, then make your changes again");
        }
        AddBlankActionRows();
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, string? foundation, CancellationToken ct)
    {
        Matrix = matrices.Current();
        var chosen = foundation is null ? Matrix.Foundations[0] : Matrix.FindFoundation(foundation);
        var heading = await AssessmentHeading.LoadAsync(db, await AssessmentReader.ForAsync(User, db), id, ct);
        if (heading is null || chosen is null) return NotFound();
        if (!heading.IsDraft) return Redirect($"/SelfAssessment/{id}");
        (Heading, Foundation) = (heading, chosen);
        return null;
    }

    private List<RatingChange> Validate()
    {
        var changes = new List<RatingChange>();
        for (var i = 0; i < Input.Ratings.Count; i++)
        {
            var rating = Input.Ratings[i];
            var enabler = Foundation.Enablers[i];
            var key = $"Input.Ratings[{i}]";
            if (rating.Level is < 1 or > MaturityMatrixFile.LevelCount)
                ModelState.AddModelError($"{key}.Level", $"Choose a level from 1 to {MaturityMatrixFile.LevelCount} for enabler {enabler.Id}");
            if (rating.Evidence?.Length > SelfAssessmentRatingConfiguration.EvidenceLength)
                ModelState.AddModelError($"{key}.Evidence", $"The evidence for enabler {enabler.Id} must be {SelfAssessmentRatingConfiguration.EvidenceLength} characters or fewer");
            var actions = new List<ActionChange>();
            for (var j = 0; j < rating.Actions.Count; j++)
            {
                if (rating.Actions[j].IsBlank) continue;
                if (ValidateAction(rating.Actions[j], $"{key}.Actions[{j}]", $"action {j + 1} of enabler {enabler.Id}") is { } action)
                    actions.Add(action);
            }
            changes.Add(new RatingChange(enabler.Key, rating.Level, string.IsNullOrWhiteSpace(rating.Evidence) ? null : rating.Evidence.Trim(), actions));
        }
        return changes;
    }

    private ActionChange? ValidateAction(ActionInput action, string key, string which)
    {
        var description = action.Description?.Trim() ?? "";
        var owner = action.Owner?.Trim() ?? "";
        var due = action.DueOn.ToDate();
        if (description.Length == 0) ModelState.AddModelError($"{key}.Description", $"Describe {which}");
        else if (description.Length > SelfAssessmentActionConfiguration.DescriptionLength)
            ModelState.AddModelError($"{key}.Description", $"The description of {which} must be {SelfAssessmentActionConfiguration.DescriptionLength} characters or fewer");
        if (owner.Length == 0) ModelState.AddModelError($"{key}.Owner", $"Enter who owns {which}");
        else if (owner.Length > SelfAssessmentActionConfiguration.OwnerLength)
            ModelState.AddModelError($"{key}.Owner", $"The owner of {which} must be {SelfAssessmentActionConfiguration.OwnerLength} characters or fewer");
        if (due is null) ModelState.AddModelError($"{key}.DueOn", $"Enter the due date of {which} as a real date, for example 30 6 2026");
        return ModelState.IsValid ? new ActionChange(description, owner, due!.Value) : null;
    }

    // A form without script adds an action through one empty row per enabler; saving brings a new empty row.
    private void AddBlankActionRows()
    {
        foreach (var rating in Input.Ratings.Where(r => r.Actions.Count == 0 || !r.Actions[^1].IsBlank))
            rating.Actions.Add(new ActionInput());
    }

    private string NextPage()
    {
        var index = Matrix.Foundations.ToList().FindIndex(f => f.Id == Foundation.Id);
        return index + 1 < Matrix.Foundations.Count
            ? $"/SelfAssessment/{Heading.Id}/Edit/{Matrix.Foundations[index + 1].Id}"
            : $"/SelfAssessment/{Heading.Id}/Submit";
    }
}
