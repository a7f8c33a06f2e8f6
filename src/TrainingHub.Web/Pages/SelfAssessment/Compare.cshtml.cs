using TrainingHub.Web.Domain.Events;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>An area's submitted assessments over time, foundation by foundation: a chart and its table.</summary>
public class CompareModel(TrainingHubDbContext db, MaturityMatrixSource matrices) : PageModel
{
    public sealed record AreaOption(string Key, string Name);

    [BindProperty(SupportsGet = true)] public string? Area { get; set; }
    public IReadOnlyList<AreaOption> Areas { get; private set; } = [];
    public AreaOption? Chosen { get; private set; }
    public MaturityMatrix Matrix { get; private set; } = null!;
    public LevelGrid Grid { get; private set; } = new([], new Dictionary<(int, string), int?>());

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public LevelTableView TableFor(Foundation foundation) =>
        new(Matrix, foundation, Grid, $"{foundation.Title}: level of each enabler at each assessment", Chart: true);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Chosen is null) return NotFound();
        return File(Grid.ToCsv(Matrix, "Area", Chosen.Name), "text/csv", $"self-assessments-{Chosen.Key.Replace(':', '-')}.csv");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Matrix = matrices.Current();
        var readable = db.SelfAssessments.AsNoTracking().ReadableBy(await AssessmentReader.ForAsync(User, db))
            .Where(a => a.Status == SelfAssessmentStatus.Submitted);
        var areas = await readable
            .Select(a => new
            {
                a.AreaKey, Ics = a.IntegratedCareSystem!.Name, Place = a.Place == null ? null : a.Place.Name,
                Network = a.PrimaryCareNetwork == null ? null : a.PrimaryCareNetwork.Name
            })
            .Distinct().ToListAsync(ct);
        Areas = [.. areas.Select(a => new AreaOption(a.AreaKey, AssessmentAreas.NameOf(a.Ics, a.Place, a.Network))).OrderBy(a => a.Name)];
        Chosen = Areas.FirstOrDefault(a => a.Key == Area);
        if (Chosen is null) return;

        var assessments = await readable.Where(a => a.AreaKey == Chosen.Key).OrderBy(a => a.AssessedOn)
            .Select(a => new { a.Id, a.AssessedOn, Ratings = a.Ratings.Select(r => new { r.EnablerKey, r.Level }).ToList() })
            .ToListAsync(ct);
        Grid = new LevelGrid(
            [.. assessments.Select(a => new LevelGrid.Column(LondonTime.Display(a.AssessedOn), a.Id))],
            assessments.SelectMany((a, column) => a.Ratings.Select(r => (Key: (column, r.EnablerKey), r.Level)))
                .ToDictionary(x => x.Key, x => x.Level));
    }
}
