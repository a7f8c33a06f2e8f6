using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Places;

/// <summary>Rename a place and the ICS it belongs to (an import names new ones after their codes).</summary>
public class EditModel(TrainingHubDbContext db) : PortalPageModel
{
    public sealed class PlaceInput
    {
        [Required(ErrorMessage = "Enter the place's name")]
        [StringLength(200, ErrorMessage = "The place's name must be 200 characters or fewer")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Enter the integrated care system's name")]
        [StringLength(200, ErrorMessage = "The system's name must be 200 characters or fewer")]
        public string SystemName { get; set; } = "";
    }

    [BindProperty] public PlaceInput Input { get; set; } = new();
    public string CommissionerCode { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var place = await db.Places.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Name, p.CommissionerCode, System = p.IntegratedCareSystem!.Name }).FirstOrDefaultAsync();
        if (place is null) return NotFound();
        CommissionerCode = place.CommissionerCode;
        Input = new PlaceInput { Name = place.Name, SystemName = place.System };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var place = await db.Places.Include(p => p.IntegratedCareSystem).FirstOrDefaultAsync(p => p.Id == id);
        if (place is null) return NotFound();
        CommissionerCode = place.CommissionerCode;
        if (!ModelState.IsValid) return Page();

        place.Name = Input.Name.Trim();
        place.IntegratedCareSystem!.Name = Input.SystemName.Trim();
        await db.SaveChangesAsync();
        return RedirectToPage("/Places/Index");
    }
}
