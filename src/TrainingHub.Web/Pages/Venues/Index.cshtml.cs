using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>The venue directory: where the programme trains, how many each place holds and what people need to know to get in.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Address, int Capacity, string? AccessibilityNotes, bool IsRetired);

    public IReadOnlyList<Row> Active { get; private set; } = [];
    public IReadOnlyList<Row> Retired { get; private set; } = [];
    [TempData] public string? Saved { get; set; }

    public async Task OnGetAsync()
    {
        var rows = (await db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync())
            .Select(v => new Row(v.Id, v.Name, v.Details.Address, v.Capacity, v.AccessibilityNotes, v.IsRetired)).ToList();
        Active = rows.Where(r => !r.IsRetired).ToList();
        Retired = rows.Where(r => r.IsRetired).ToList();
    }
}
