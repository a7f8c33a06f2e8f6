using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>Your private calendar feed: the events you deliver (and, once booking arrives, the places you book).</summary>
public class IndexModel(CalendarFeeds feeds) : PortalPageModel
{
    public string? FeedUrl { get; private set; }

    public async Task OnGetAsync()
    {
        if (await feeds.TokenForAsync(User.PersonId()!.Value) is { } token)
            FeedUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/Calendar/Feed/{token}";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await feeds.ReplaceAsync(User.PersonId()!.Value);
        return RedirectToPage();
    }
}
