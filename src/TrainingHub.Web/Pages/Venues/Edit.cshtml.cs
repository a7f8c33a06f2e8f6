using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>
/// A lead corrects a venue's details. Events still to come there take the new details, and the people booked on them
/// are told (<see cref="EventsAtVenue"/>); the venue cannot be made to hold fewer people than one of them offers places.
/// </summary>
public class EditModel(TrainingHubDbContext db, EventsAtVenue events, TimeProvider clock) : PortalPageModel
{
    [BindProperty] public VenueInput Input { get; set; } = new();
    public int VenueId { get; private set; }
    public string VenueName { get; private set; } = "";
    public bool IsRetired { get; private set; }
    public IReadOnlyList<EventsAtVenue.Upcoming> Upcoming { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var venue = await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
        Upcoming = await events.UpcomingAsync(id);
        Input = VenueInput.From(venue.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
        Upcoming = await events.UpcomingAsync(id);
        var problems = venue.Change(Input.Details, clock.GetUtcNow());
        VenueInput.Show(problems, ModelState);
        if (problems.Count == 0 && EventsAtVenue.WhyNotHold(venue.Name, venue.Capacity, Upcoming) is { } whyNot)
            ModelState.AddModelError("Input.Capacity", whyNot);
        if (!ModelState.IsValid) return Page();
        await events.FollowAsync(venue, User.PersonId()!.Value);
        await db.SaveChangesAsync();
        TempData["Saved"] = Upcoming.Count == 0 ? $"{venue.Name} saved"
            : $"{venue.Name} saved. {Upcoming.Count} upcoming {(Upcoming.Count == 1 ? "event takes" : "events take")} the new details";
        return RedirectToPage("Index");
    }
}
