using System.Collections;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// NHS.UK radios or checkboxes in a fieldset with legend, hint and error:
/// <c>&lt;nhs-radios asp-for="Input.Mode" legend="How the visit took place"&gt;&lt;nhs-radio value="InPerson" label="In person" /&gt;</c>.
/// The first item carries the field's id, so the error summary's link lands on it; an item is checked when the
/// model's value (or, for checkboxes, one of its values) matches, unless the item says itself.
/// </summary>
[HtmlTargetElement("nhs-radios")]
[HtmlTargetElement("nhs-checkboxes")]
public class ChoicesTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("legend")] public string Legend { get; set; } = "";
    /// <summary>s, m or l for a sized legend; none for one the size of a label.</summary>
    [HtmlAttributeName("legend-size")] public string? LegendSize { get; set; }
    /// <summary>Puts the legend in an h2, for a fieldset that heads a part of the page.</summary>
    [HtmlAttributeName("legend-heading")] public bool LegendHeading { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    [HtmlAttributeName("inline")] public bool Inline { get; set; }
    [HtmlAttributeName("small")] public bool Small { get; set; }
    /// <summary>What to say when there is nothing to choose; it carries the field's id, so the error summary's link still lands.</summary>
    [HtmlAttributeName("empty")] public string? Empty { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var kind = output.TagName == "nhs-radios" ? "radios" : "checkboxes";
        var field = FormField.Of(ViewContext, For, Name);
        var hasHint = !string.IsNullOrEmpty(Hint);
        var group = new ChoiceGroup(kind, field, Chosen(field));
        context.Items[typeof(ChoicesTagHelper)] = group;
        var items = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        FormMarkup.AddClass(output, "nhsuk-form-group");
        if (field.Error is not null) FormMarkup.AddClass(output, "nhsuk-form-group--error");

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("nhsuk-fieldset");
        if (FormMarkup.DescribedBy(field, hasHint) is { } describedBy) fieldset.Attributes["aria-describedby"] = describedBy;
        fieldset.InnerHtml.AppendHtml(LegendFor(Legend, LegendSize, LegendHeading));
        if (hasHint) fieldset.InnerHtml.AppendHtml(FormMarkup.Hint(field.HintId, Hint!));
        if (field.Error is not null) fieldset.InnerHtml.AppendHtml(FormMarkup.ErrorMessage(field.ErrorId, field.Error));
        output.Content.SetHtmlContent(fieldset);
        if (group.Count == 0 && Empty is not null)
        {
            var nothing = new TagBuilder("p");
            nothing.Attributes["id"] = field.Id;
            nothing.InnerHtml.Append(Empty);
            fieldset.InnerHtml.AppendHtml(nothing);
            return;
        }
        var list = new TagBuilder("div");
        list.AddCssClass($"nhsuk-{kind}");
        if (Inline) list.AddCssClass($"nhsuk-{kind}--inline");
        if (Small) list.AddCssClass($"nhsuk-{kind}--small");
        list.Attributes["data-module"] = $"nhsuk-{kind}";
        list.InnerHtml.AppendHtml(items);
        fieldset.InnerHtml.AppendHtml(list);
    }

    public static IHtmlContent LegendFor(string text, string? size, bool heading = false)
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass("nhsuk-fieldset__legend");
        if (!string.IsNullOrEmpty(size)) legend.AddCssClass($"nhsuk-fieldset__legend--{size}");
        if (heading)
        {
            var h2 = new TagBuilder("h2");
            h2.AddCssClass("nhsuk-fieldset__heading");
            h2.InnerHtml.Append(text);
            legend.InnerHtml.AppendHtml(h2);
        }
        else legend.InnerHtml.Append(text);
        return legend;
    }

    /// <summary>The values chosen: as posted when the form came back, else from the model.</summary>
    private HashSet<string> Chosen(FormField field)
    {
        var values = FormField.Posted(ViewContext, field.Name) ?? field.Model switch
        {
            null => [],
            string one => [one],
            IEnumerable many => many.Cast<object?>().Select(FormMarkup.Text).ToArray(),
            var one => [FormMarkup.Text(one)],
        };
        return new HashSet<string>(values, StringComparer.OrdinalIgnoreCase);
    }
}

internal sealed class ChoiceGroup(string kind, FormField choiceField, HashSet<string> chosen)
{
    public string Kind { get; } = kind;
    public FormField Field { get; } = choiceField;
    public HashSet<string> Chosen { get; } = chosen;
    public int Count { get; set; }
}

/// <summary>One radio or checkbox in an nhs-radios or nhs-checkboxes, with its label and an optional hint.</summary>
[HtmlTargetElement("nhs-radio", ParentTag = "nhs-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("nhs-checkbox", ParentTag = "nhs-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public class ChoiceTagHelper : TagHelper
{
    [HtmlAttributeName("value")] public string Value { get; set; } = "";
    [HtmlAttributeName("label")] public string Label { get; set; } = "";
    [HtmlAttributeName("hint")] public string? Hint { get; set; }
    /// <summary>Whether the item is chosen, where the model cannot say (leave unset to follow the model).</summary>
    [HtmlAttributeName("checked")] public bool? Checked { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!context.Items.TryGetValue(typeof(ChoicesTagHelper), out var item) || item is not ChoiceGroup group)
            throw new InvalidOperationException("nhs-radio and nhs-checkbox belong inside nhs-radios or nhs-checkboxes.");
        var kind = group.Kind;
        group.Count++;
        var id = group.Count == 1 ? group.Field.Id : $"{group.Field.Id}-{group.Count}";

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"nhsuk-{kind}__item");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"nhsuk-{kind}__input");
        input.Attributes["id"] = id;
        input.Attributes["name"] = group.Field.Name;
        input.Attributes["type"] = kind == "radios" ? "radio" : "checkbox";
        input.Attributes["value"] = Value;
        if (Checked ?? group.Chosen.Contains(Value)) input.Attributes["checked"] = "checked";
        if (!string.IsNullOrEmpty(Hint)) input.Attributes["aria-describedby"] = id + "-item-hint";
        var label = new TagBuilder("label");
        label.AddCssClass($"nhsuk-label nhsuk-{kind}__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(Label);
        output.Content.AppendHtml(input);
        output.Content.AppendHtml(label);
        if (!string.IsNullOrEmpty(Hint)) output.Content.AppendHtml(FormMarkup.Hint(id + "-item-hint", Hint, $"nhsuk-{kind}__hint"));
    }
}
