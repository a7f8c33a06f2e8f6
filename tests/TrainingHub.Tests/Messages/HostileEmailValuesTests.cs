using AngleSharp.Html.Parser;
using TrainingHub.Web.Content;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Outbox;

namespace TrainingHub.Tests.Messages;

/// <summary>
/// Every message kind with a hostile value in every field it shows: the email must have exactly the links,
/// images, headings and markup its template wrote, and show the hostile text as words.
/// </summary>
public sealed class HostileEmailValuesTests
{
    private const string Hostile =
        "[Reset your password](https://evil.example/phish) ![x](https://evil.example/x.png) <b>bold</b> " +
        "<script>alert(1)</script> *em* __strong__ `code` https://evil.example/bare www.evil.example\n# Heading\n- item\n1. one\n---";

    private static readonly string[] Markup = ["a", "img", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code", "pre", "hr", "b", "script", "table", "blockquote"];

    private readonly EmailTemplates templates = new(new MarkdownRenderer());

    public static TheoryData<string> Kinds => EmailTemplatesTests.Kinds;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_hostile_value_in_any_field_adds_no_link_image_heading_or_markup(string kind)
    {
        var template = templates.Load(kind);
        var plain = templates.Render(template, TemplateSamples.Values);
        var hostileValues = TemplateSamples.Values.ToDictionary(v => v.Key, v => IsPeopleText(v.Key) ? Hostile : v.Value);
        var hostile = templates.Render(template, hostileValues);

        Assert.Equal(MarkupIn(plain.Html), MarkupIn(hostile.Html));
        Assert.Equal(LinksIn(plain.Html), LinksIn(hostile.Html));
        if (EmailTemplates.PlaceholdersIn(template).Any(p => IsPeopleText(p) && template.Body.Contains("{{" + p + "}}")))
        {
            var shown = new HtmlParser().ParseDocument(hostile.Html).Body!.TextContent;
            Assert.Contains("[Reset your password](https://evil.example/phish)", shown);
            Assert.Contains("<script>alert(1)</script>", shown);
            Assert.Contains("[Reset your password](https://evil.example/phish)", hostile.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_subject_is_plain_text_on_one_line(string kind)
    {
        var values = TemplateSamples.Values.ToDictionary(v => v.Key, v => IsPeopleText(v.Key) ? "Line one\r\nBcc: x@evil.example\n*two*" : v.Value);
        var email = templates.Render(kind, values);
        Assert.DoesNotContain('\n', email.Subject);
        Assert.DoesNotContain('\r', email.Subject);
        Assert.DoesNotContain("\\", email.Subject);
    }

    [Fact]
    public void A_link_value_that_is_not_a_web_address_is_shown_as_text_not_linked()
    {
        var values = TemplateSamples.Values.ToDictionary(v => v.Key, v => v.Value);
        values["booking.manage_url"] = "javascript:alert(1)";
        var email = templates.Render("booking-confirmed", values);
        Assert.Empty(LinksIn(email.Html));
        Assert.DoesNotContain("href=\"javascript", email.Html);
    }

    [Fact]
    public void The_templates_own_markdown_and_the_portals_links_still_render()
    {
        var email = templates.Render("booking-confirmed", TemplateSamples.Values);
        Assert.Contains("https://traininghub.example.nhs.uk/bookings/12", LinksIn(email.Html));
        var digest = templates.Render("coverage-digest", TemplateSamples.Values);
        Assert.Contains("h2", MarkupIn(digest.Html));
        Assert.Contains("li", MarkupIn(digest.Html));
    }

    [Theory]
    [InlineData("[x](https://evil.example)", "[x](https://evil.example)")]
    [InlineData("O'Brien & Sons <Ltd>", "O'Brien & Sons <Ltd>")]
    [InlineData("line\r\ntwo", "line two")]
    public void One_line_values_read_as_the_same_words(string value, string shown)
    {
        var html = new MarkdownRenderer().ToHtml("Dear " + MarkdownText.OneLine(value)).Value!;
        Assert.Equal("Dear " + shown, new HtmlParser().ParseDocument(html).Body!.TextContent.Trim());
    }

    /// <summary>Every value except the addresses and Markdown the portal itself makes.</summary>
    private static bool IsPeopleText(string key) =>
        !key.EndsWith("url", StringComparison.Ordinal) && !key.EndsWith("_markdown", StringComparison.Ordinal);

    private static string[] MarkupIn(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return Markup.SelectMany(tag => document.QuerySelectorAll(tag).Select(_ => tag)).ToArray();
    }

    private static string[] LinksIn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToArray();
}
