using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Feedback;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// A trainer's record. A trainer (or a trainee on the pathway) sees and comments on their own; leads see and comment
/// on everyone's and grant assessor rights; nobody else sees it.
/// </summary>
public class RecordModel(TrainerRecords records, TrainerPathways pathways, FeedbackReports feedback, TimeProvider clock) : PortalPageModel
{
    public sealed class NoteInput
    {
        [Required(ErrorMessage = "Enter your comment"), StringLength(4000, ErrorMessage = "A comment must be 4000 characters or fewer")]
        public string? Text { get; set; }
    }

    [BindProperty] public NoteInput Note { get; set; } = new();

    public TrainerRecords.Record Trainer { get; private set; } = null!;
    public IReadOnlyList<PathwayStep> Pathway { get; private set; } = [];
    /// <summary>Feedback figures for the events this trainer delivered; figures only, never who said what.</summary>
    public IReadOnlyList<EventFigures> Scores { get; private set; } = [];
    public FeedbackFigures? OverallScore { get; private set; }
    public bool IsOwn { get; private set; }
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);

    public async Task<IActionResult> OnGetAsync(int? id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostNoteAsync(int? id)
    {
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!ModelState.IsValid) return Page();
        await records.AddNoteAsync(Trainer.PersonId, User.PersonId()!.Value, Note.Text!);
        return RedirectToPage(new { id = Trainer.PersonId });
    }

    public async Task<IActionResult> OnPostAssessorAsync(int? id, string slug, bool canAssess)
    {
        if (!IsLead) return Forbid();
        if (await LoadAsync(id) is { } refusal) return refusal;
        if (!await records.SetAssessorAsync(Trainer.PersonId, slug, canAssess)) return NotFound();
        return RedirectToPage(new { id = Trainer.PersonId });
    }

    private async Task<IActionResult?> LoadAsync(int? id)
    {
        var me = User.PersonId()!.Value;
        var personId = id ?? me;
        IsOwn = personId == me;
        if (!IsOwn && !IsLead) return Forbid();
        if (await records.ForAsync(personId) is not { } record) return NotFound();
        Trainer = record;
        var trainee = (await pathways.TraineesAsync(personId)).FirstOrDefault();
        Pathway = trainee is null ? [] : TrainerPathway.Steps(trainee.Facts);
        (OverallScore, Scores) = await feedback.DeliveredByAsync(personId, clock.GetUtcNow());
        return null;
    }

    public static string Describe(TrainerRecords.Held held) =>
        held.IsCurrent ? $"Valid until {held.ValidUntil:d MMMM yyyy}" : $"Expired on {held.ValidUntil.AddDays(1):d MMMM yyyy}";

    public static string Local(DateTimeOffset at) => $"{LondonTime.ToLocal(at):d MMMM yyyy, HH:mm}";
}
