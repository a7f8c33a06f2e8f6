using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Pages.Events;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>
/// The subscription feed itself. Calendar apps cannot sign in, so the secret link is the credential:
/// a wrong or replaced token is simply not found.
/// </summary>
[AllowAnonymous]
public class FeedModel(CalendarFeeds feeds, EventCalendar calendar) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await feeds.PersonForAsync(token) is not { } personId) return NotFound();
        var joinable = await feeds.JoinableEventsAsync(personId);
        var text = await calendar.WriteAsync("TrainingHub", feeds.FeedSessions(personId), EventCalendar.BaseUrl(Request), joinable.Contains);
        Response.Headers.CacheControl = "private, no-store";
        return Content(text, EventCalendar.ContentType);
    }
}
