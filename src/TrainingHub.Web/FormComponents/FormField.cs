using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// One field as the form components draw it: the name it posts under, the id the error summary links to (the name
/// with dots as underscores, as the summary writes it), its first error and the value to show.
/// </summary>
public sealed record FormField(string Name, string? Error, object? Model, bool Known)
{
    public string Id => IdFor(Name);
    public string HintId => Id + "-hint";
    public string ErrorId => Id + "-error";

    public static string IdFor(string name) => name.Replace('.', '_');

    /// <summary>The field named by a model expression (asp-for) or, for fields no model property holds, by name.</summary>
    public static FormField Of(ViewContext view, ModelExpression? expression, string? name)
    {
        var fullName = expression is not null
            ? view.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name)
            : name ?? throw new InvalidOperationException("A form component needs asp-for or name.");
        return new(fullName, FirstError(view, fullName), expression?.Model, expression is not null);
    }

    public static string? FirstError(ViewContext view, string key) =>
        view.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>What the person typed (kept when the form comes back with an error), or null when nothing was posted.</summary>
    public static string[]? Posted(ViewContext view, string key) =>
        view.ModelState.TryGetValue(key, out var entry) && entry.RawValue is not null
            ? entry.RawValue is string[] many ? many : [entry.AttemptedValue ?? ""]
            : null;
}
