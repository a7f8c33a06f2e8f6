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
}
