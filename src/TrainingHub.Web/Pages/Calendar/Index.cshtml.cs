using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>Your private calendar feed: the sessions you have a place on and the sessions you deliver.</summary>
public class IndexModel(CalendarFeeds feeds) : PortalPageModel
{
    public string? FeedUrl { get; private set; }
    public int BookedSessions { get; private set; }
    public int DeliveredSessions { get; private set; }

    public async Task OnGetAsync()
    {
        var personId = User.PersonId()!.Value;
        BookedSessions = await feeds.BookedSessions(personId).CountAsync();
        DeliveredSessions = await feeds.DeliveredSessions(personId).CountAsync();
        if (await feeds.TokenForAsync(User.PersonId()!.Value) is { } token)
            FeedUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/Calendar/Feed/{token}";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await feeds.ReplaceAsync(User.PersonId()!.Value);
        return RedirectToPage();
    }
}
