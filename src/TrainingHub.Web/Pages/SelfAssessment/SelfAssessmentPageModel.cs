using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.SelfAssessment;

public abstract class SelfAssessmentPageModel : PortalPageModel
{
    /// <summary>The field's error messages as one sentence, or null when it has none.</summary>
    public string? ErrorFor(string key) =>
        HasError(key) ? string.Join(". ", ModelState[key]!.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>The id a field's input carries, so that the error summary's link (key with dots as underscores) finds it.</summary>
    public static string FieldId(string key) => key.Replace('.', '_');
}
