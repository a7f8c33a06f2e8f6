using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.FormComponents;
using TrainingHub.Web.Domain.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>Every place side by side as it stood at one date: each place's latest submitted assessment on or before it.</summary>
public class AcrossModel(TrainingHubDbContext db, MaturityMatrixSource matrices, TimeProvider clock) : PortalPageModel
{
    [BindProperty(SupportsGet = true)] public DateParts On { get; set; } = new();
    public DateOnly AsAt { get; private set; }
    public MaturityMatrix Matrix { get; private set; } = null!;
    public LevelGrid Grid { get; private set; } = new([], new Dictionary<(int, string), int?>());

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return File(Grid.ToCsv(Matrix, "As at", AsAt.ToString("yyyy-MM-dd")), "text/csv", $"self-assessments-places-{AsAt:yyyy-MM-dd}.csv");
    }

    public LevelTableView TableFor(Foundation foundation) =>
        new(Matrix, foundation, Grid, $"{foundation.Title}: level of each enabler by place at {LondonTime.Display(AsAt)}", Chart: false);

    private async Task LoadAsync(CancellationToken ct)
    {
        Matrix = matrices.Current();
        AsAt = LondonTime.Today(clock);
        if (!On.IsBlank && On.ToDate() is null) ModelState.AddModelError("On", "Enter the date as a real date, for example 31 3 2026");
        else if (On.ToDate() is { } chosen) AsAt = chosen;
        else On = DateParts.From(AsAt);

        var places = await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var latest = (await db.SelfAssessments.AsNoTracking()
                .Where(a => a.Status == SelfAssessmentStatus.Submitted && a.PlaceId != null && a.PrimaryCareNetworkId == null && a.AssessedOn <= AsAt)
                .Select(a => new { a.Id, PlaceId = a.PlaceId!.Value, a.AssessedOn }).ToListAsync(ct))
            .GroupBy(a => a.PlaceId).ToDictionary(g => g.Key, g => g.MaxBy(a => a.AssessedOn)!);
        var ids = latest.Values.Select(a => a.Id).ToList();
        var ratings = await db.SelfAssessmentRatings.AsNoTracking().Where(r => ids.Contains(r.SelfAssessmentId))
            .Select(r => new { r.SelfAssessmentId, r.EnablerKey, r.Level }).ToListAsync(ct);

        var columns = places.Select(p => latest.TryGetValue(p.Id, out var a)
            ? new LevelGrid.Column($"{p.Name} ({LondonTime.Display(a.AssessedOn)})", a.Id)
            : new LevelGrid.Column(p.Name, null)).ToList();
        Grid = new LevelGrid(columns, ratings
            .Select(r => (Key: (columns.FindIndex(c => c.AssessmentId == r.SelfAssessmentId), r.EnablerKey), r.Level))
            .ToDictionary(x => x.Key, x => x.Level));
    }
}
