using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Content;

namespace TrainingHub.Web.Pages.Privacy;

/// <summary>The privacy notice, from content/privacy-notice.md: read before anyone has an account, so open to all.</summary>
[AllowAnonymous]
public class IndexModel(ContentLibrary library) : PageModel
{
    public const string ContentPath = "privacy-notice";

    public HtmlString Html { get; private set; } = HtmlString.Empty;

    public IActionResult OnGet()
    {
        if (library.Render(ContentPath, topHeading: 1) is not { } html) return NotFound();
        Html = html;
        return Page();
    }
}
