using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace TrainingHub.Web.FormComponents;

/// <summary>
/// The NHS.UK date input: day, month and year boxes posted as Name.Day, Name.Month, Name.Year, bound back to a
/// DateOnly by <see cref="DateInputModelBinder"/> or to <see cref="DateParts"/>. The day box carries the field's own
/// id, so the error summary's link lands on it; the boxes show what was typed when the form comes back.
/// </summary>
[HtmlTargetElement("nhs-date-input", TagStructure = TagStructure.WithoutEndTag)]
public class DateInputTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")] public ModelExpression? For { get; set; }
    [HtmlAttributeName("name")] public string? Name { get; set; }
    [HtmlAttributeName("legend")] public string Legend { get; set; } = "";
    /// <summary>s, m or l for a sized legend; none for one the size of a label.</summary>
    [HtmlAttributeName("legend-size")] public string? LegendSize { get; set; }
    [HtmlAttributeName("hint")] public string? Hint { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var field = FormField.Of(ViewContext, For, Name);
        var hasHint = !string.IsNullOrEmpty(Hint);
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        FormMarkup.AddClass(output, "nhsuk-form-group");
        if (field.Error is not null) FormMarkup.AddClass(output, "nhsuk-form-group--error");

        var fieldset = new TagBuilder("fieldset");
        fieldset.AddCssClass("nhsuk-fieldset");
        fieldset.Attributes["role"] = "group";
        if (FormMarkup.DescribedBy(field, hasHint) is { } describedBy) fieldset.Attributes["aria-describedby"] = describedBy;
        fieldset.InnerHtml.AppendHtml(ChoicesTagHelper.LegendFor(Legend, LegendSize));
        if (hasHint) fieldset.InnerHtml.AppendHtml(FormMarkup.Hint(field.HintId, Hint!));
        if (field.Error is not null) fieldset.InnerHtml.AppendHtml(FormMarkup.ErrorMessage(field.ErrorId, field.Error));

        var boxes = new TagBuilder("div");
        boxes.AddCssClass("nhsuk-date-input");
        boxes.Attributes["id"] = field.Id + "-group";
        var shown = Shown(field);
        foreach (var (part, id, width, value) in new[]
                 {
                     ("Day", field.Id, 2, shown.Day), ("Month", field.Id + "_Month", 2, shown.Month), ("Year", field.Id + "_Year", 4, shown.Year),
                 })
        {
            boxes.InnerHtml.AppendHtml(Box(field, part, id, width, value));
        }
        fieldset.InnerHtml.AppendHtml(boxes);
        output.Content.SetHtmlContent(fieldset);
    }

    /// <summary>What the boxes show: what was typed if the form came back, else the model's date.</summary>
    private DateParts Shown(FormField field)
    {
        string? Typed(string part) => FormField.Posted(ViewContext, $"{field.Name}.{part}")?.FirstOrDefault();
        if (Typed("Day") is not null || Typed("Month") is not null || Typed("Year") is not null)
            return new DateParts { Day = Typed("Day"), Month = Typed("Month"), Year = Typed("Year") };
        return field.Model switch
        {
            DateOnly date => DateParts.From(date),
            DateParts parts => parts,
            _ => new DateParts(),
        };
    }

    private static TagBuilder Box(FormField field, string part, string id, int width, string? value)
    {
        var item = new TagBuilder("div");
        item.AddCssClass("nhsuk-date-input__item");
        var group = new TagBuilder("div");
        group.AddCssClass("nhsuk-form-group");
        var label = new TagBuilder("label");
        label.AddCssClass("nhsuk-label nhsuk-date-input__label");
        label.Attributes["for"] = id;
        label.InnerHtml.Append(part);
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.AddCssClass($"nhsuk-input nhsuk-date-input__input nhsuk-input--width-{width}");
        if (field.Error is not null) input.AddCssClass("nhsuk-input--error");
        input.Attributes["id"] = id;
        input.Attributes["name"] = $"{field.Name}.{part}";
        input.Attributes["type"] = "text";
        input.Attributes["inputmode"] = "numeric";
        if (!string.IsNullOrEmpty(value)) input.Attributes["value"] = value;
        group.InnerHtml.AppendHtml(label);
        group.InnerHtml.AppendHtml(input);
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}
