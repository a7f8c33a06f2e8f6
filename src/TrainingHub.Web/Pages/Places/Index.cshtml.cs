using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Places;

/// <summary>The programme's geography: each ICS, its places and how many practices each holds.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record PlaceRow(int Id, string Name, string CommissionerCode, int ActivePractices, int OtherPractices);
    public sealed record SystemRow(string Name, string? Code, IReadOnlyList<PlaceRow> Places);

    public IReadOnlyList<SystemRow> Systems { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var places = await db.Places.AsNoTracking()
            .OrderBy(p => p.IntegratedCareSystem!.Name).ThenBy(p => p.Name)
            .Select(p => new
            {
                System = p.IntegratedCareSystem!.Name, SystemCode = p.IntegratedCareSystem.Code,
                Row = new PlaceRow(p.Id, p.Name, p.CommissionerCode,
                    p.Practices.Count(x => x.Status == PracticeStatus.Active),
                    p.Practices.Count(x => x.Status != PracticeStatus.Active)),
            })
            .ToListAsync();
        Systems = places.GroupBy(p => (p.System, p.SystemCode))
            .Select(g => new SystemRow(g.Key.System, g.Key.SystemCode, g.Select(p => p.Row).ToList()))
            .ToList();
    }
}
