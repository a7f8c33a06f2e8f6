using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>One event's sessions as an iCalendar (.ics) file to add to a calendar.</summary>
public class CalendarModel(TrainingHubDbContext db, EventCalendar calendar, YourPlaces yours) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var status = await db.ProgrammeEvents.Where(e => e.Id == id).Select(e => (Domain.Events.EventStatus?)e.Status).FirstOrDefaultAsync();
        if (status is null || !DetailsModel.IsVisible(status.Value, User)) return NotFound();
        var personId = User.PersonId();
        var own = (await yours.OnEventsAsync(personId, [id])).GetValueOrDefault(id);
        var showsLink = User.IsInRole(PortalRoles.ProgrammeLead) || Domain.Bookings.YourPlace.MaySeeJoiningLink(own?.State)
            || await yours.DeliversAsync(personId, id);
        var text = await calendar.WriteAsync("TrainingHub event", db.EventSessions.Where(s => s.ProgrammeEventId == id),
            EventCalendar.BaseUrl(Request), _ => showsLink);
        return File(System.Text.Encoding.UTF8.GetBytes(text), EventCalendar.ContentType, $"traininghub-event-{id}.ics");
    }
}
