using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// An NHS.UK form group around one input, select or textarea: <c>&lt;nhs-form-group asp-for="Input.Title" label="Title"&gt;</c>
/// writes the label, hint and error message, and the control inside it gets the field's id, the error class and
/// aria-describedby (see <see cref="FormControlTagHelper"/>). The error is the field's first in ModelState.
/// </summary>
[HtmlTargetElement("nhs-form-group")]
public class FormGroupTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    /// <summary>The posted name, for a field no model property holds.</summary>
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    /// <summary>Extra label classes, such as nhsuk-label--s or nhsuk-u-visually-hidden.</summary>
    [HtmlAttributeName("label-class")] public string? LabelClass { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Text shown before or after the input, such as £ or %, in an NHS.UK input wrapper.</summary>
    [HtmlAttributeName("prefix")] public string? Prefix { get; set; }
    [HtmlAttributeName("suffix")] public string? Suffix { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.Of(ViewContext, For, Name);
        var hasHint = !string.IsNullOrEmpty(Hint);
        context.Items[typeof(FormGroupTagHelper)] = new GroupedControl(field, FormMarkup.DescribedBy(field, hasHint), ViewContext);
        var content = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        FormMarkup.AddClass(output, "nhsuk-form-group");
        if (field.Error is not null) FormMarkup.AddClass(output, "nhsuk-form-group--error");

        var label = new TagBuilder("label");
        label.AddCssClass("nhsuk-label");
        if (LabelClass is not null) label.AddCssClass(LabelClass);
        label.Attributes["for"] = field.Id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(label);
        if (hasHint) output.Content.AppendHtml(FormMarkup.Hint(field.HintId, Hint!));
        if (field.Error is not null) output.Content.AppendHtml(FormMarkup.ErrorMessage(field.ErrorId, field.Error));
        if (Prefix is null && Suffix is null)
        {
            output.Content.AppendHtml(content);
            return;
        }
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("nhsuk-input-wrapper");
        if (Prefix is not null) wrapper.InnerHtml.AppendHtml(Affix("prefix", Prefix));
        wrapper.InnerHtml.AppendHtml(content);
        if (Suffix is not null) wrapper.InnerHtml.AppendHtml(Affix("suffix", Suffix));
        output.Content.AppendHtml(wrapper);
    }

    private static TagBuilder Affix(string kind, string text)
    {
        var affix = new TagBuilder("div");
        affix.AddCssClass($"nhsuk-input__{kind}");
        affix.Attributes["aria-hidden"] = "true";
        affix.InnerHtml.Append(text);
        return affix;
    }
}

/// <summary>What a form group tells the control inside it.</summary>
internal sealed record GroupedControl(FormField Field, string? DescribedBy, ViewContext View);

/// <summary>The input, select or textarea inside an nhs-form-group: given the field's id, name, error class and aria-describedby.</summary>
[HtmlTargetElement("input", ParentTag = "nhs-form-group")]
[HtmlTargetElement("select", ParentTag = "nhs-form-group")]
[HtmlTargetElement("textarea", ParentTag = "nhs-form-group")]
public class FormControlTagHelper : TagHelper
{
    // After the framework's asp-for helpers, so the id the summary links to wins over theirs.
    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(FormGroupTagHelper), out var item) || item is not GroupedControl control) return;
        var field = control.Field;
        output.Attributes.SetAttribute("id", field.Id);
        if (!output.Attributes.ContainsName("name")) output.Attributes.SetAttribute("name", field.Name);
        FormMarkup.AddDescribedBy(output, control.DescribedBy);
        if (output.TagName == "input" && !output.Attributes.ContainsName("value") && TakesTypedValue(output))
        {
            var value = FormField.Posted(control.View, field.Name)?.FirstOrDefault() ?? (field.Known ? FormMarkup.Text(field.Model) : null);
            if (!string.IsNullOrEmpty(value)) output.Attributes.SetAttribute("value", value);
        }
        if (field.Error is null) return;
        FormMarkup.AddClass(output, output.TagName switch
        {
            "select" => "nhsuk-select--error",
            "textarea" => "nhsuk-textarea--error",
            _ => "nhsuk-input--error",
        });
    }

    private static bool TakesTypedValue(TagHelperOutput output) =>
        !(output.Attributes.TryGetAttribute("type", out var type)
          && type.Value?.ToString() is "checkbox" or "radio" or "file" or "password" or "hidden" or "submit");
}
