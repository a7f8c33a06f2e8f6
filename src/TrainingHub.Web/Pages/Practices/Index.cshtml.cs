using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>The practice register: search by name, ODS code or postcode; filter by ICB, place and status; 25 a page.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public const int PageSize = 25;

    public sealed record Row(int Id, string OdsCode, string Name, string? Postcode, string Place, PracticeStatus Status);
    public sealed record PlaceOption(int Id, string Name);

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public int? PlaceId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Icb { get; set; }
    [BindProperty(SupportsGet = true)] public PracticeStatus? Status { get; set; } = PracticeStatus.Active;
    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<PlaceOption> Places { get; private set; } = [];
    public IReadOnlyList<string> Icbs { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        Places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new PlaceOption(p.Id, p.Name)).ToListAsync();
        Icbs = await db.Practices.AsNoTracking().Where(p => p.IcbCode != null).Select(p => p.IcbCode!).Distinct().OrderBy(c => c).ToListAsync();
        var query = Filter(db.Practices.AsNoTracking());
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderBy(p => p.Name).ThenBy(p => p.OdsCode)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(p.Id, p.OdsCode, p.Name, p.Postcode, p.Place!.Name, p.Status))
            .ToListAsync();
    }

    private IQueryable<Practice> Filter(IQueryable<Practice> query)
    {
        if (PlaceId is { } placeId) query = query.Where(p => p.PlaceId == placeId);
        if (!string.IsNullOrWhiteSpace(Icb)) query = query.Where(p => p.IcbCode == Icb.Trim().ToUpperInvariant());
        // A constant, not a parameter: knowing the status lets SQLite walk the name index and stop at a page's worth.
        if (Status is { } status) query = query.Where(p => p.Status == EF.Constant(status));
        return PracticeSearch.Matching(query, Q);
    }

    public string PageLink(int page) => Url.Page("/Practices/Index", new { Q, Icb, PlaceId, Status, p = page })!;
}
