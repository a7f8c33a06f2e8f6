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
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Unsafe_links_lead_nowhere(string markdown)
    {
        var html = renderer.ToHtml(markdown).Value!;
        var hrefs = System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value);
        Assert.All(hrefs, href => Assert.Equal("#", href));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[YOC](https://www.yearofcare.co.uk/)", "https://www.yearofcare.co.uk/")]
    [InlineData("[mail](mailto:team@nhs.example)", "mailto:team@nhs.example")]
    [InlineData("[handbook](/Content/handbook/welcome)", "/Content/handbook/welcome")]
    public void Safe_links_are_kept(string markdown, string href) =>
        Assert.Contains($"href=\"{href}\"", renderer.ToHtml(markdown).Value!);
}
