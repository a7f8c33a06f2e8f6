using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>A confirmation before a venue stops being offered: what happens, and that nobody is told.</summary>
public class RetireModel(TrainingHubDbContext db, TimeProvider clock) : PortalPageModel
{
    public int VenueId { get; private set; }
    public string VenueName { get; private set; } = "";
    public bool IsRetired { get; private set; }
    /// <summary>Events still to come at the venue, which keep it.</summary>
    public int EventsToCome { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var venue = await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
        var now = clock.GetUtcNow();
        EventsToCome = await db.ProgrammeEvents.CountAsync(e => e.VenueId == id && e.Status != EventStatus.Cancelled && e.EndsAt > now);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        if (venue.Retire(clock.GetUtcNow()) is { } whyNot)
        {
            (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
            ModelState.AddModelError("", whyNot);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Saved"] = $"{venue.Name} retired: it is no longer offered when scheduling";
        return RedirectToPage("Index");
    }
}
