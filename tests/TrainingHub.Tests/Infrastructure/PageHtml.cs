using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>A response's page parsed, to assert on elements and their decoded text.</summary>
public static class PageHtml
{
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The decoded text of the element the selector finds, or "" when there is none.</summary>
    public static string TextOf(this IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent ?? "";

    /// <summary>
    /// The page refused a field as the NHS.UK pattern shows it: the error summary links to the field's id with the
    /// message, and the field sits in a form group in error that says the same message beside it.
    /// </summary>
    public static void AssertFieldInError(this IHtmlDocument page, string id, string message)
    {
        var link = page.QuerySelectorAll(".nhsuk-error-summary__list a").SingleOrDefault(a => a.GetAttribute("href") == "#" + id);
        Assert.True(link is not null, $"The error summary links to #{id}");
        Assert.Equal(message, link.TextContent);
        var field = page.GetElementById(id);
        Assert.True(field is not null, $"The page has an element #{id}");
        var group = field.Ancestors<IElement>().FirstOrDefault(e => e.ClassList.Contains("nhsuk-form-group--error"));
        Assert.True(group is not null, $"#{id} is inside a form group in error");
        Assert.Equal(["nhsuk-form-group", "nhsuk-form-group--error"], group.ClassList.Where(c => c.StartsWith("nhsuk-form-group")).Order());
        var error = group.QuerySelectorAll(".nhsuk-error-message").ToList();
        Assert.Equal("Error: " + message, Assert.Single(error).TextContent);
        Assert.Equal(id + "-error", error[0].Id);
    }

    /// <summary>
    /// The NHS.UK date input for a field, and no browser date picker on the page: a fieldset with the legend, holding
    /// Day, Month and Year boxes, each with its label, named for the binder, the day carrying the field's id.
    /// </summary>
    public static void AssertDateInput(this IHtmlDocument page, string id, string legend)
    {
        Assert.Empty(page.QuerySelectorAll("input[type=date]"));
        var fieldset = page.GetElementById(id)?.Closest("fieldset");
        Assert.True(fieldset is not null, $"#{id} is inside a fieldset");
        Assert.Equal(legend, fieldset.QuerySelector("legend")?.TextContent.Trim());
        var name = id.Replace('_', '.');
        var boxes = fieldset.QuerySelectorAll("input").Select(input => (
            Label: fieldset.QuerySelector($"label[for='{input.Id}']")?.TextContent.Trim(), input.Id, Name: input.GetAttribute("name"),
            Type: input.GetAttribute("type"))).ToList();
        (string?, string?, string?, string?)[] expected =
            [("Day", id, name + ".Day", "text"), ("Month", id + "_Month", name + ".Month", "text"), ("Year", id + "_Year", name + ".Year", "text")];
        Assert.Equal(expected, boxes);
    }
}
