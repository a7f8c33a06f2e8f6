using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>Change a practice's stage, conditions in scope and local enhanced service level.</summary>
public class JourneyModel(Caseloads caseloads, JourneyRecorder recorder) : PortalPageModel
{
    public sealed class JourneyInput
    {
        public PracticeStage? Stage { get; set; }
        public List<LongTermConditions> Conditions { get; set; } = [];
        public EnhancedServiceLevel? Level { get; set; }
        public string? Reason { get; set; }
        [Display(Name = "Date of the change")] public DateOnly? EffectiveOn { get; set; }
        /// <summary>The journey as the form showed it, so a change made meanwhile by someone else is noticed.</summary>
        public PracticeStage SeenStage { get; set; }
        public LongTermConditions SeenConditions { get; set; }
        public EnhancedServiceLevel SeenLevel { get; set; }
    }

    /// <summary>The form's fields top to bottom, so the error summary lists refusals in the order they are met.</summary>
    public static readonly string[] FieldOrder = ["Input.Stage", "Input.Conditions", "Input.Level", "Input.EffectiveOn", "Input.Reason"];

    [BindProperty] public JourneyInput Input { get; set; } = new();
    public string PracticeName { get; private set; } = "";
    public int PracticeId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int practiceId)
    {
        if (!await caseloads.MayWorkWithAsync(User, practiceId)) return Forbid();
        if (await recorder.CurrentAsync(practiceId) is not { } current) return NotFound();
        Input = new JourneyInput
        {
            Stage = current.Stage, Level = current.Level, EffectiveOn = caseloads.Today,
            Conditions = Enum.GetValues<LongTermConditions>().Where(c => c != LongTermConditions.None && current.Conditions.HasFlag(c)).ToList(),
            SeenStage = current.Stage, SeenConditions = current.Conditions, SeenLevel = current.Level,
        };
        return await ShowAsync(practiceId);
    }

    public async Task<IActionResult> OnPostAsync(int practiceId)
    {
        if (!await caseloads.MayWorkWithAsync(User, practiceId)) return Forbid();
        if (Input.Stage is null || !Enum.IsDefined(Input.Stage.Value)) ModelState.AddModelError("Input.Stage", "Choose a stage");
        if (Input.Level is null || !Enum.IsDefined(Input.Level.Value)) ModelState.AddModelError("Input.Level", "Choose the enhanced service level");
        if (ModelState.DateMissing("Input.EffectiveOn", Input.EffectiveOn)) ModelState.AddModelError("Input.EffectiveOn", "Enter the date of the change");
        else if (Input.EffectiveOn > caseloads.Today) ModelState.AddModelError("Input.EffectiveOn", "The date of the change must be today or in the past");
        if (Input.Reason?.Length > 1000) ModelState.AddModelError("Input.Reason", "The reason must be 1000 characters or fewer");
        if (!ModelState.IsValid) return await ShowAsync(practiceId);

        var conditions = Input.Conditions.Where(c => Enum.IsDefined(c)).Aggregate(LongTermConditions.None, (all, c) => all | c);
        var outcome = await recorder.RecordAsync(practiceId,
            new JourneyState(Input.SeenStage, Input.SeenConditions, Input.SeenLevel),
            new JourneyState(Input.Stage!.Value, conditions, Input.Level!.Value),
            Input.Reason, Input.EffectiveOn!.Value, User.PersonId()!.Value);
        switch (outcome)
        {
            case JourneyOutcome.Saved:
                return Redirect($"/Practices/{practiceId}#facilitation");
            case JourneyOutcome.Refused refused:
                ModelState.AddModelError(refused.Field, refused.Message);
                break;
            default:
                ModelState.AddModelError("Input.Stage", "Someone else changed this practice's journey while you were editing. Nothing was saved: check the current values below and make your change again");
                var current = (await recorder.CurrentAsync(practiceId))!;
                (Input.SeenStage, Input.SeenConditions, Input.SeenLevel) = (current.Stage, current.Conditions, current.Level);
                break;
        }
        return await ShowAsync(practiceId);
    }

    private async Task<IActionResult> ShowAsync(int practiceId)
    {
        var name = await caseloads.PracticeNameAsync(practiceId);
        if (name is null) return NotFound();
        (PracticeId, PracticeName) = (practiceId, name);
        return Page();
    }
}
