using Markdig;
using Markdig.Syntax;
using Microsoft.AspNetCore.Html;

namespace TrainingHub.Web.Content;

/// <summary>
/// Renders the programme's Markdown (content/ and text people type) to HTML that cannot run script:
/// raw HTML is escaped and only http(s), mailto and relative links survive.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();

    /// <summary>
    /// The HTML, its headings moved down so the highest is <paramref name="topHeading"/>: Markdown shown inside a page
    /// never adds a second H1 (2 by default; 1 only where the Markdown is the whole page).
    /// </summary>
    public HtmlString ToHtml(string? markdown, int topHeading = 2)
    {
        if (string.IsNullOrWhiteSpace(markdown)) return HtmlString.Empty;
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<Markdig.Syntax.Inlines.LinkInline>())
        {
            if (!IsSafeUrl(link.Url)) link.Url = "#";
        }
        var headings = document.Descendants<HeadingBlock>().ToList();
        var shift = headings.Count == 0 ? 0 : topHeading - headings.Min(h => h.Level);
        if (shift > 0) headings.ForEach(h => h.Level = Math.Min(6, h.Level + shift));
        return new HtmlString(document.ToHtml(Pipeline));
    }

    internal static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        // Checked before parsing: on Unix "/path" parses as an absolute file: URI.
        if (trimmed.StartsWith('/') || trimmed.StartsWith('#')) return true;
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute))
            return absolute.Scheme is "http" or "https" or "mailto";
        return !trimmed.Contains(':', StringComparison.Ordinal);
    }
}

/// <summary>The Markdown pages under content/, copied beside the app at build time.</summary>
public sealed partial class ContentLibrary(MarkdownRenderer renderer)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "content");

    /// <summary>Reads content/{path}.md, refusing anything that would leave the content folder.</summary>
    public string? ReadMarkdown(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath + ".md"));
        if (!full.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        return File.Exists(full) ? File.ReadAllText(full) : null;
    }

    /// <summary>The page as HTML; an editor's note in an HTML comment (how to edit the file) is not part of it.</summary>
    public HtmlString? Render(string relativePath, int topHeading = 2) =>
        ReadMarkdown(relativePath) is { } markdown ? renderer.ToHtml(EditorNotes().Replace(markdown, ""), topHeading) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"<!--.*?-->", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex EditorNotes();
}

public static class ContentSetup
{
    public static IServiceCollection AddTrainingHubContent(this IServiceCollection services) =>
        services.AddSingleton<MarkdownRenderer>().AddSingleton<ContentLibrary>();
}
