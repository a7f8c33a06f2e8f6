using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Content;

namespace TrainingHub.Web.Pages.Content;

/// <summary>One content page, rendered safely: raw HTML escaped, unsafe links neutralised.</summary>
public partial class ContentPageModel(ContentLibrary library) : PageModel
{
    public HtmlString Html { get; private set; } = HtmlString.Empty;
    public string Title { get; private set; } = "";

    public IActionResult OnGet(string path)
    {
        if (!IsForReaders(path ?? "") || library.ReadMarkdown(path!) is not { } markdown) return NotFound();
        Title = markdown.Split('\n').FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? path!;
        Html = library.Render(path!, topHeading: 1)!;
        return Page();
    }

    /// <summary>Pages people read; email templates are the portal's own, and folders' READMEs are notes for editors.</summary>
    public static bool IsForReaders(string path) => SafePath().IsMatch(path) && !path.StartsWith("emails/", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9-]+(/[a-z0-9-]+)*$")]
    private static partial Regex SafePath();
}
