using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>A lead adds a venue to the directory.</summary>
public class CreateModel(TrainingHubDbContext db, TimeProvider clock) : PortalPageModel
{
    [BindProperty] public VenueInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (venue, problems) = Venue.Add(Input.Details, clock.GetUtcNow());
        if (venue is null)
        {
            VenueInput.Show(problems, ModelState);
            return Page();
        }
        db.Venues.Add(venue);
        await db.SaveChangesAsync();
        TempData["Saved"] = $"{venue.Name} added to the venue directory";
        return RedirectToPage("Index");
    }
}
