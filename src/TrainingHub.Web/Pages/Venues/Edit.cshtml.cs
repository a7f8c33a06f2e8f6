using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>A lead corrects a venue's details. Events already saved keep the details they were given until they are next saved.</summary>
public class EditModel(TrainingHubDbContext db, TimeProvider clock) : PortalPageModel
{
    [BindProperty] public VenueInput Input { get; set; } = new();
    public int VenueId { get; private set; }
    public string VenueName { get; private set; } = "";
    public bool IsRetired { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var venue = await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
        Input = VenueInput.From(venue.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var venue = await db.Venues.FirstOrDefaultAsync(v => v.Id == id);
        if (venue is null) return NotFound();
        (VenueId, VenueName, IsRetired) = (venue.Id, venue.Name, venue.IsRetired);
        var problems = venue.Change(Input.Details, clock.GetUtcNow());
        if (problems.Count > 0)
        {
            VenueInput.Show(problems, ModelState);
            return Page();
        }
        await db.SaveChangesAsync();
        TempData["Saved"] = $"{venue.Name} saved";
        return RedirectToPage("Index");
    }
}
