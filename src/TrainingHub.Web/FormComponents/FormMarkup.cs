using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingHub.Web.FormComponents;

/// <summary>The pieces every NHS.UK form component repeats: hint, error message and the ids that tie them to the input.</summary>
internal static class FormMarkup
{
    public static IHtmlContent Hint(string id, string text, string? extraClass = null)
    {
        var hint = new TagBuilder("div");
        hint.AddCssClass("nhsuk-hint");
        if (extraClass is not null) hint.AddCssClass(extraClass);
        hint.Attributes["id"] = id;
        hint.InnerHtml.Append(text);
        return hint;
    }

    public static IHtmlContent ErrorMessage(string id, string message)
    {
        var error = new TagBuilder("span");
        error.AddCssClass("nhsuk-error-message");
        error.Attributes["id"] = id;
        error.InnerHtml.AppendHtml("<span class=\"nhsuk-u-visually-hidden\">Error:</span> ");
        error.InnerHtml.Append(message);
        return error;
    }

    /// <summary>The hint's and the error's ids, for aria-describedby; null when there is neither.</summary>
    public static string? DescribedBy(FormField field, bool hasHint) =>
        string.Join(' ', new[] { hasHint ? field.HintId : null, field.Error is null ? null : field.ErrorId }.OfType<string>()) is { Length: > 0 } ids
            ? ids : null;

    public static void AddDescribedBy(TagHelperOutput output, string? ids)
    {
        if (ids is null) return;
        var existing = output.Attributes.TryGetAttribute("aria-describedby", out var a) ? a.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrWhiteSpace(existing) ? ids : $"{existing} {ids}");
    }

    public static void AddClass(TagHelperOutput output, string? cssClass)
    {
        if (!string.IsNullOrEmpty(cssClass)) output.AddClass(cssClass, HtmlEncoder.Default);
    }

    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd"),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
