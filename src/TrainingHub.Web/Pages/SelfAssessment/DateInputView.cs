namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>What the _DateInput partial draws: an NHS date input whose boxes post as Name.Day, Name.Month, Name.Year.</summary>
public sealed record DateInputView(string Name, string Legend, DateParts Value, string? Error, string? Hint = null, bool SmallLegend = false)
{
    public string Id => Name.Replace('.', '_');
}
