using TrainingHub.Web.Content;

namespace TrainingHub.Tests.Domain;

public sealed class MarkdownRendererTests
{
    private readonly MarkdownRenderer renderer = new();

    [Fact]
    public void Raw_html_and_script_are_escaped_not_rendered()
    {
        var html = renderer.ToHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>").Value!;
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))", 1)]
    [InlineData("[click](JaVaScRiPt:alert(1))", 1)]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)", 1)]
    [InlineData("[click](vbscript:msgbox)", 1)]
    // A tab inside the address: Markdown makes no link of it at all, only text.
    [InlineData("[click](java\tscript:alert(1))", 0)]
    public void Unsafe_links_lead_nowhere(string markdown, int links)
    {
        var html = renderer.ToHtml(markdown).Value!;
        var hrefs = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(links, hrefs.Count);
        Assert.All(hrefs, href => Assert.Equal("#", href));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[YOC](https://www.yearofcare.co.uk/)", "https://www.yearofcare.co.uk/")]
    [InlineData("[mail](mailto:team@nhs.example)", "mailto:team@nhs.example")]
    [InlineData("[handbook](/Content/handbook/welcome)", "/Content/handbook/welcome")]
    public void Safe_links_are_kept(string markdown, string href) =>
        Assert.Contains($"href=\"{href}\"", renderer.ToHtml(markdown).Value!);

    [Fact]
    public void Markdown_inside_a_page_never_adds_a_second_h1()
    {
        var html = Parse(renderer.ToHtml("# Course\n\nText\n\n## Day one\n\n###### Small").Value!);
        Assert.Empty(html.QuerySelectorAll("h1"));
        Assert.Equal("Course", html.QuerySelector("h2")?.TextContent);
        Assert.Equal("Day one", html.QuerySelector("h3")?.TextContent);
        Assert.Equal("Small", html.QuerySelector("h6")?.TextContent);
    }

    [Fact]
    public void Headings_start_where_the_page_asks_and_are_left_alone_when_already_lower()
    {
        Assert.Equal("Course", Parse(renderer.ToHtml("# Course", topHeading: 1).Value!).QuerySelector("h1")?.TextContent);
        Assert.Equal("Course", Parse(renderer.ToHtml("# Course", topHeading: 3).Value!).QuerySelector("h3")?.TextContent);
        Assert.Equal("Notes", Parse(renderer.ToHtml("### Notes").Value!).QuerySelector("h3")?.TextContent);
    }

    private static AngleSharp.Dom.IDocument Parse(string html) => new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
}
