using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Content;
using TrainingHub.Web.Data;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>An event as attendees see it: sessions in UK time, venue, trainers, places left and the course description.</summary>
public class DetailsModel(TrainingHubDbContext db, EventPlaces places, YourPlaces yours, ContentLibrary content, TimeProvider clock) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public int PlacesLeft { get; private set; }
    public OwnBooking? Own { get; private set; }
    public YourPlace Place { get; private set; } = null!;
    public bool ShowsJoiningLink { get; private set; }
    public HtmlString? Description { get; private set; }
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);
    /// <summary>A lead, or a trainer allocated to this published event, may write to the people on it.</summary>
    public bool MayMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await EventView.LoadAsync(db, id) is not { } view || !IsVisible(view.Status, User)) return NotFound();
        Event = view;
        var taken = await places.TakenAsync([id]);
        PlacesLeft = EventPlacesRule.PlacesLeft(view.Capacity, taken[id]);
        await LoadYourPlaceAsync(id);
        Description = content.Render($"courses/{view.TypeSlug}", topHeading: 3);
        MayMessage = view.Status == EventStatus.Published && (IsLead || await yours.DeliversAsync(User.PersonId(), id));
        return Page();
    }

    private async Task LoadYourPlaceAsync(int id)
    {
        var personId = User.PersonId();
        Own = (await yours.OnEventsAsync(personId, [id])).GetValueOrDefault(id);
        var facts = (await Bookings.EventFacts.LoadAsync(db, id))!;
        var waiting = await db.Bookings.CountAsync(b => b.ProgrammeEventId == id && b.State == BookingState.Waitlisted);
        Place = YourPlace.For(Own, facts.Window.At(clock.GetUtcNow()), PlacesLeft, waiting, await yours.InAPracticeAsync(personId));
        ShowsJoiningLink = Event.IsOnline && Event.Status == EventStatus.Published
            && (IsLead || YourPlace.MaySeeJoiningLink(Own?.State) || await yours.DeliversAsync(personId, id));
    }

    /// <summary>A draft is the lead's work in progress: to everyone else it does not exist yet.</summary>
    public static bool IsVisible(EventStatus status, System.Security.Claims.ClaimsPrincipal user) =>
        status != EventStatus.Draft || user.IsInRole(PortalRoles.ProgrammeLead);
}
