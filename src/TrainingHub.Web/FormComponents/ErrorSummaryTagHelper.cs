using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// The NHS.UK error summary: each field's first error, linking to the field's id (its name with dots as underscores);
/// focused on load so screen readers hear it first. ModelState lists its keys in its own order, so a page whose
/// fields it does not follow names them top to bottom in ViewData["FieldOrder"].
/// </summary>
[HtmlTargetElement("nhs-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(kv => kv.Value?.Errors.Count > 0)
            .Select(kv => (kv.Key, Message: kv.Value!.Errors[0].ErrorMessage))
            .ToList();
        if (ViewContext.ViewData["FieldOrder"] is string[] order)
            errors = [.. errors.OrderBy(e => Array.IndexOf(order, e.Key) is var at && at >= 0 ? at : int.MaxValue)];
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "nhsuk-error-summary");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-module", "nhsuk-error-summary");
        output.Content.AppendHtml("<h2 class=\"nhsuk-error-summary__title\" id=\"error-summary-title\">There is a problem</h2>");
        var list = new TagBuilder("ul");
        list.AddCssClass("nhsuk-list nhsuk-error-summary__list");
        foreach (var (key, message) in errors)
        {
            var link = new TagBuilder("a");
            link.Attributes["href"] = "#" + (string.IsNullOrEmpty(key) ? "maincontent" : FormField.IdFor(key));
            link.InnerHtml.Append(message);
            var li = new TagBuilder("li");
            li.InnerHtml.AppendHtml(link);
            list.InnerHtml.AppendHtml(li);
        }
        var body = new TagBuilder("div");
        body.AddCssClass("nhsuk-error-summary__body");
        body.InnerHtml.AppendHtml(list);
        output.Content.AppendHtml(body);
    }
}
