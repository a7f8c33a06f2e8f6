using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Web.Pages.Facilitation.Visits;

public sealed class VisitInput
{
    [Display(Name = "Date of the visit")] public DateOnly? VisitedOn { get; set; }
    public VisitMode? Mode { get; set; }
    public int? DurationMinutes { get; set; }
    public VisitPurpose? Purpose { get; set; }
    public string? Notes { get; set; }
    [Display(Name = "Follow-up date")] public DateOnly? FollowUpOn { get; set; }
    public List<ActionInput> Actions { get; set; } = [];

    public const int BlankActionRows = 2;

    public static VisitInput From(PracticeVisit visit) => new()
    {
        VisitedOn = visit.VisitedOn, Mode = visit.Mode, DurationMinutes = visit.DurationMinutes, Purpose = visit.Purpose,
        Notes = visit.Notes, FollowUpOn = visit.FollowUpOn,
        Actions = visit.Actions.OrderBy(a => a.DueOn).Select(a => new ActionInput
        {
            Id = a.Id, Description = a.Description, Owner = a.Owner, DueOn = a.DueOn, Done = a.DoneOn is not null,
        }).ToList(),
    };

    /// <summary>The form's fields top to bottom, so the error summary lists refusals in the order they are met.</summary>
    public string[] FieldOrder() =>
    [
        "Input.VisitedOn", "Input.Mode", "Input.DurationMinutes", "Input.Purpose", "Input.Notes", "Input.FollowUpOn", "Input.Actions",
        .. Enumerable.Range(0, Actions.Count).SelectMany(i => new[] { $"Input.Actions[{i}].Description", $"Input.Actions[{i}].Owner", $"Input.Actions[{i}].DueOn" }),
    ];

    /// <summary>Room for new actions below the ones already agreed.</summary>
    public void AddBlankActionRows()
    {
        while (Actions.Count(a => a.IsBlank) < BlankActionRows) Actions.Add(new ActionInput());
    }

    public void Validate(ModelStateDictionary errors, DateOnly today)
    {
        if (errors.DateMissing("Input.VisitedOn", VisitedOn)) errors.AddModelError("Input.VisitedOn", "Enter the date of the visit");
        else if (VisitedOn > today) errors.AddModelError("Input.VisitedOn", "The date of the visit must be today or in the past");
        if (Mode is null || !Enum.IsDefined(Mode.Value)) errors.AddModelError("Input.Mode", "Choose how the visit took place");
        if (DurationMinutes is null or < 5 or > 600) errors.AddModelError("Input.DurationMinutes", "Enter the length of the visit in minutes, between 5 and 600");
        if (Purpose is null || !Enum.IsDefined(Purpose.Value)) errors.AddModelError("Input.Purpose", "Choose the purpose of the visit");
        if (Notes?.Length > 20000) errors.AddModelError("Input.Notes", "Notes must be 20,000 characters or fewer");
        if (FollowUpOn is not null && VisitedOn is not null && FollowUpOn < VisitedOn)
            errors.AddModelError("Input.FollowUpOn", "The follow-up date must be on or after the date of the visit");
        for (var i = 0; i < Actions.Count; i++) Actions[i].Validate(errors, $"Input.Actions[{i}]", i + 1);
    }
}

/// <summary>One agreed action row. A row left wholly blank is ignored; an existing action emptied is removed.</summary>
public sealed class ActionInput
{
    public int? Id { get; set; }
    public string? Description { get; set; }
    public string? Owner { get; set; }
    public DateOnly? DueOn { get; set; }
    public bool Done { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && DueOn is null;

    public void Validate(ModelStateDictionary errors, string prefix, int number)
    {
        // The binder names a date that cannot be only as "Date"; say which action's date it is.
        BindingMessages.Replace(errors, $"{prefix}.DueOn", $"Action {number} due date must be a real date");
        if (IsBlank) return;
        if (string.IsNullOrWhiteSpace(Description)) errors.AddModelError($"{prefix}.Description", $"Describe action {number}");
        else if (Description.Length > 500) errors.AddModelError($"{prefix}.Description", $"Action {number} must be 500 characters or fewer");
        if (string.IsNullOrWhiteSpace(Owner)) errors.AddModelError($"{prefix}.Owner", $"Enter who owns action {number}");
        else if (Owner.Length > 200) errors.AddModelError($"{prefix}.Owner", $"The owner of action {number} must be 200 characters or fewer");
        if (errors.DateMissing($"{prefix}.DueOn", DueOn)) errors.AddModelError($"{prefix}.DueOn", $"Enter the date action {number} is due");
    }
}
