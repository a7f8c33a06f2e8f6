using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Events;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>
/// The subscription feed itself. Calendar apps cannot sign in, so the secret link is the credential:
/// a wrong or replaced token is simply not found.
/// </summary>
[AllowAnonymous]
public class FeedModel(TrainingHubDbContext db, CalendarFeeds feeds, EventCalendar calendar) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (await feeds.PersonForAsync(token) is not { } personId) return NotFound();
        var deliveries = db.EventSessions.Where(s => s.ProgrammeEvent!.Status != EventStatus.Draft
            && s.ProgrammeEvent.Trainers.Any(t => t.PersonId == personId));
        var text = await calendar.WriteAsync("TrainingHub", deliveries, EventCalendar.BaseUrl(Request));
        Response.Headers.CacheControl = "private, no-store";
        return Content(text, EventCalendar.ContentType);
    }
}
