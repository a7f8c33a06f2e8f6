using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Tests.FormComponents;

/// <summary>The NHS.UK form components as a browser receives them: parsed, checked element by element.</summary>
public class FormComponentTests
{
    private readonly ViewContext view = new();
    private readonly EmptyModelMetadataProvider metadata = new();

    private ModelStateDictionary modelState => view.ModelState;

    private ViewContext View() => view;

    private ModelExpression For<T>(string name, T value) => new(name, metadata.GetModelExplorerForType(typeof(T), value));

    [Fact]
    public async Task A_form_group_with_an_error_ties_label_hint_and_error_to_its_input()
    {
        modelState.AddModelError("Input.Title", "Enter a title");
        modelState.AddModelError("Input.Title", "A second error is not shown");
        var group = new FormGroupTagHelper { Name = "Input.Title", Label = "Title", Hint = "As attendees see it", ViewContext = View() };

        var html = await RenderGroupAsync(group, "input", new TagHelperAttributeList { { "class", "nhsuk-input" }, { "type", "text" } });

        var div = Root(html);
        Assert.Equal("nhsuk-form-group nhsuk-form-group--error", div.ClassName);
        Assert.Equal("Input_Title", div.QuerySelector("label.nhsuk-label")!.GetAttribute("for"));
        Assert.Equal("As attendees see it", div.QuerySelector("#Input_Title-hint.nhsuk-hint")!.TextContent);
        var error = div.QuerySelector("span.nhsuk-error-message#Input_Title-error")!;
        Assert.Equal("Error:", error.QuerySelector(".nhsuk-u-visually-hidden")!.TextContent);
        Assert.Equal("Error: Enter a title", error.TextContent);
        var input = div.QuerySelector("input")!;
        Assert.Equal(("Input_Title", "Input.Title"), (input.Id, input.GetAttribute("name")));
        Assert.Equal(["nhsuk-input", "nhsuk-input--error"], input.ClassList);
        Assert.Equal("Input_Title-hint Input_Title-error", input.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_form_group_without_an_error_has_no_error_message_and_describes_its_input_by_the_hint_only()
    {
        var group = new FormGroupTagHelper { Name = "Input.Notes", Label = "Notes", Hint = "Markdown", ViewContext = View() };

        var div = Root(await RenderGroupAsync(group, "textarea", new TagHelperAttributeList { { "class", "nhsuk-textarea" } }));

        Assert.Equal("nhsuk-form-group", div.ClassName);
        Assert.Empty(div.QuerySelectorAll(".nhsuk-error-message"));
        Assert.Equal(["nhsuk-textarea"], div.QuerySelector("textarea")!.ClassList);
        Assert.Equal("Input_Notes-hint", div.QuerySelector("textarea")!.GetAttribute("aria-describedby"));
    }

    [Theory]
    [InlineData("select", "nhsuk-select--error")]
    [InlineData("textarea", "nhsuk-textarea--error")]
    public async Task Each_kind_of_control_gets_its_own_error_class(string tag, string errorClass)
    {
        modelState.AddModelError("Input.Place", "Choose a place");
        var group = new FormGroupTagHelper { Name = "Input.Place", Label = "Place", ViewContext = View() };

        var control = Root(await RenderGroupAsync(group, tag, [])).QuerySelector(tag)!;

        Assert.Contains(errorClass, control.ClassList);
        Assert.Equal("Input_Place-error", control.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_form_group_with_a_suffix_wraps_its_input_and_still_marks_the_input_in_error()
    {
        modelState.AddModelError("Input.Percent", "Enter the target as a whole number from 1 to 100, like 95");
        var group = new FormGroupTagHelper { Name = "Input.Percent", Label = "Target", Suffix = "%", ViewContext = View() };

        var div = Root(await RenderGroupAsync(group, "input", new TagHelperAttributeList { { "class", "nhsuk-input" } }));

        var wrapper = div.QuerySelector("div.nhsuk-input-wrapper")!;
        Assert.Equal(["input", "div"], wrapper.Children.Select(c => c.LocalName));
        Assert.Equal(("%", "true"), (wrapper.QuerySelector(".nhsuk-input__suffix")!.TextContent, wrapper.QuerySelector(".nhsuk-input__suffix")!.GetAttribute("aria-hidden")));
        var input = wrapper.QuerySelector("input#Input_Percent")!;
        Assert.Contains("nhsuk-input--error", input.ClassList);
        Assert.Equal("Input_Percent-error", input.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Enter the target as a whole number from 1 to 100, like 95", div.QuerySelector("#Input_Percent-error")!.TextContent);
    }

    [Fact]
    public async Task A_form_group_shows_what_was_typed_rather_than_the_model_value_when_the_form_comes_back()
    {
        modelState.SetModelValue("Input.Capacity", "twelve", "twelve");
        modelState.AddModelError("Input.Capacity", "Enter the number of places as a whole number");
        var group = new FormGroupTagHelper { For = For<int?>("Input.Capacity", 12), Label = "Number of places", ViewContext = View() };

        var input = Root(await RenderGroupAsync(group, "input", [])).QuerySelector("input")!;

        Assert.Equal("twelve", input.GetAttribute("value"));
    }

    [Fact]
    public void A_date_input_draws_three_boxes_named_for_the_binder_with_the_day_carrying_the_fields_id()
    {
        var date = new DateInputTagHelper { For = For<DateOnly?>("Input.VisitedOn", new DateOnly(2026, 3, 9)), Legend = "Date of the visit", Hint = "For example, 31 3 2026", ViewContext = View() };

        var div = Root(Render(date, "nhs-date-input"));

        Assert.Equal("nhsuk-form-group", div.ClassName);
        var fieldset = div.QuerySelector("fieldset.nhsuk-fieldset[role=group]")!;
        Assert.Equal("Input_VisitedOn-hint", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal("Date of the visit", fieldset.QuerySelector("legend.nhsuk-fieldset__legend")!.TextContent);
        var boxes = div.QuerySelectorAll(".nhsuk-date-input input").ToList();
        Assert.Equal(3, boxes.Count);
        Assert.Equal(["Input_VisitedOn", "Input_VisitedOn_Month", "Input_VisitedOn_Year"], boxes.Select(b => b.Id));
        Assert.Equal(["Input.VisitedOn.Day", "Input.VisitedOn.Month", "Input.VisitedOn.Year"], boxes.Select(b => b.GetAttribute("name")));
        Assert.Equal(["9", "3", "2026"], boxes.Select(b => b.GetAttribute("value")));
        Assert.All(boxes, b => Assert.Equal(("text", "numeric"), (b.GetAttribute("type"), b.GetAttribute("inputmode"))));
        Assert.Equal(["Day", "Month", "Year"], boxes.Select(b => div.QuerySelector($"label[for='{b.Id}']")!.TextContent));
    }

    [Fact]
    public void A_date_input_with_an_impossible_date_shows_the_error_and_keeps_what_was_typed()
    {
        foreach (var (part, value) in new[] { ("Day", "31"), ("Month", "2"), ("Year", "2026") })
            modelState.SetModelValue($"Input.VisitedOn.{part}", value, value);
        modelState.AddModelError("Input.VisitedOn", "Date must be a real date");
        var date = new DateInputTagHelper { For = For<DateOnly?>("Input.VisitedOn", null), Legend = "Date of the visit", ViewContext = View() };

        var div = Root(Render(date, "nhs-date-input"));

        Assert.Contains("nhsuk-form-group--error", div.ClassList);
        Assert.Equal("Input_VisitedOn-error", div.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
        Assert.Equal("Error: Date must be a real date", div.QuerySelector("#Input_VisitedOn-error")!.TextContent);
        var boxes = div.QuerySelectorAll(".nhsuk-date-input input").ToList();
        Assert.Equal(["31", "2", "2026"], boxes.Select(b => b.GetAttribute("value")));
        Assert.Equal(3, boxes.Count(b => b.ClassList.Contains("nhsuk-input--error")));
    }

    [Fact]
    public async Task Radios_sit_in_a_fieldset_and_the_first_carries_the_fields_id_and_the_models_value_is_checked()
    {
        modelState.AddModelError("Input.Mode", "Choose how the visit took place");
        var radios = new ChoicesTagHelper { For = For<string>("Input.Mode", "Phone"), Legend = "How the visit took place", Hint = "Choose one", Inline = true, ViewContext = View() };

        var div = Root(await RenderChoicesAsync(radios, "nhs-radios", "nhs-radio", ("OnSite", "On site"), ("Phone", "Phone")));

        var fieldset = div.QuerySelector("fieldset")!;
        Assert.Equal("Input_Mode-hint Input_Mode-error", fieldset.GetAttribute("aria-describedby"));
        Assert.Equal(["nhsuk-radios", "nhsuk-radios--inline"], fieldset.QuerySelector("[data-module=nhsuk-radios]")!.ClassList);
        var inputs = div.QuerySelectorAll("input.nhsuk-radios__input").ToList();
        Assert.Equal(["Input_Mode", "Input_Mode-2"], inputs.Select(i => i.Id));
        Assert.All(inputs, i => Assert.Equal(("radio", "Input.Mode"), (i.GetAttribute("type"), i.GetAttribute("name"))));
        Assert.Equal([false, true], inputs.Select(i => i.HasAttribute("checked")));
        Assert.Equal("Phone", div.QuerySelector("label.nhsuk-radios__label[for='Input_Mode-2']")!.TextContent);
    }

    [Fact]
    public async Task Radios_with_nothing_to_choose_say_so_in_a_paragraph_that_carries_the_fields_id_and_its_error()
    {
        modelState.AddModelError("Input.PracticeId", "Choose your practice");
        var radios = new ChoicesTagHelper { Name = "Input.PracticeId", Legend = "Your practice", Empty = "Search for your practice above.", ViewContext = View() };

        var div = Root(await RenderChoicesAsync(radios, "nhs-radios", "nhs-radio"));

        Assert.Contains("nhsuk-form-group--error", div.ClassList);
        Assert.Empty(div.QuerySelectorAll(".nhsuk-radios"));
        Assert.Equal("Search for your practice above.", div.QuerySelector("fieldset > p#Input_PracticeId")!.TextContent);
        Assert.Equal("Error: Choose your practice", div.QuerySelector("#Input_PracticeId-error")!.TextContent);
    }

    [Fact]
    public async Task Radios_with_items_ignore_what_to_say_when_there_are_none()
    {
        var radios = new ChoicesTagHelper { Name = "Input.PracticeId", Legend = "Your practice", Empty = "Search for your practice above.", ViewContext = View() };

        var div = Root(await RenderChoicesAsync(radios, "nhs-radios", "nhs-radio", ("1", "Riverside Surgery")));

        Assert.Null(div.QuerySelector("fieldset > p"));
        Assert.Equal("Input_PracticeId", div.QuerySelector(".nhsuk-radios input")!.Id);
    }

    [Fact]
    public async Task Checkboxes_check_every_value_that_was_posted()
    {
        modelState.SetModelValue("Needs", new[] { "Hearing", "Parking" }, "Hearing,Parking");
        var boxes = new ChoicesTagHelper { Name = "Needs", Legend = "Access needs", ViewContext = View() };

        var div = Root(await RenderChoicesAsync(boxes, "nhs-checkboxes", "nhs-checkbox", ("Hearing", "Hearing loop"), ("Quiet", "Quiet room"), ("Parking", "Parking")));

        var inputs = div.QuerySelectorAll("input.nhsuk-checkboxes__input[type=checkbox]").ToList();
        Assert.Equal([true, false, true], inputs.Select(i => i.HasAttribute("checked")));
        Assert.Equal("nhsuk-form-group", div.ClassName);
        Assert.Null(div.QuerySelector("fieldset")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public void The_error_summary_lists_each_fields_first_error_in_the_pages_field_order_linking_to_its_id()
    {
        modelState.AddModelError("Input.Sessions[0].Date", "Date must be a real date");
        modelState.AddModelError("Input.Title", "Enter a title");
        modelState.AddModelError("Input.Title", "Not shown");
        modelState.AddModelError("", "The event changed while you were editing it");
        view.ViewData["FieldOrder"] = new[] { "Input.Title", "Input.Sessions[0].Date", "" };

        var summary = Root(Render(new ErrorSummaryTagHelper { ViewContext = view }, "nhs-error-summary"));

        Assert.Equal(("alert", "-1"), (summary.GetAttribute("role"), summary.GetAttribute("tabindex")));
        Assert.Equal("There is a problem", summary.QuerySelector("h2#error-summary-title")!.TextContent);
        var links = summary.QuerySelectorAll(".nhsuk-error-summary__list li a").ToList();
        Assert.Equal(["#Input_Title", "#Input_Sessions[0]_Date", "#maincontent"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Enter a title", "Date must be a real date", "The event changed while you were editing it"], links.Select(a => a.TextContent));
    }

    [Fact]
    public void No_error_summary_is_drawn_without_errors()
    {
        Assert.Equal("", Render(new ErrorSummaryTagHelper { ViewContext = View() }, "nhs-error-summary"));
    }

    private static string Render(TagHelper helper, string tag)
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Init(context);
        helper.Process(context, output);
        return Html(output);
    }

    /// <summary>Runs a group and, as Razor would, the control inside it with the group's items.</summary>
    private static async Task<string> RenderGroupAsync(FormGroupTagHelper group, string controlTag, TagHelperAttributeList controlAttributes)
    {
        var context = new TagHelperContext("nhs-form-group", [], new Dictionary<object, object>(), "group");
        var output = new TagHelperOutput("nhs-form-group", [], (_, _) =>
        {
            var childContext = new TagHelperContext(controlTag, [], new Dictionary<object, object>(context.Items), "control");
            var child = new TagHelperOutput(controlTag, controlAttributes, (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
            new FormControlTagHelper().Process(childContext, child);
            return Task.FromResult<TagHelperContent>(new DefaultTagHelperContent().SetHtmlContent(Html(child)));
        });
        await group.ProcessAsync(context, output);
        return Html(output);
    }

    private static async Task<string> RenderChoicesAsync(ChoicesTagHelper choices, string tag, string itemTag, params (string Value, string Label)[] items)
    {
        var context = new TagHelperContext(tag, [], new Dictionary<object, object>(), "choices");
        var output = new TagHelperOutput(tag, [], (_, _) =>
        {
            var content = new DefaultTagHelperContent();
            foreach (var (value, label) in items)
            {
                var itemContext = new TagHelperContext(itemTag, [], new Dictionary<object, object>(context.Items), "item");
                var item = new TagHelperOutput(itemTag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
                new ChoiceTagHelper { Value = value, Label = label }.Process(itemContext, item);
                content.AppendHtml(Html(item));
            }
            return Task.FromResult<TagHelperContent>(content);
        });
        await choices.ProcessAsync(context, output);
        return Html(output);
    }

    private static string Html(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private static IElement Root(string html) =>
        new HtmlParser().ParseDocument($"<body>{html}</body>").Body!.FirstElementChild
        ?? throw new InvalidOperationException("Nothing was drawn.");
}
