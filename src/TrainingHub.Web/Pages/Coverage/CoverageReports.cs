using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Coverage;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Builds the coverage report for a date: live figures from completions, the trend from snapshots.</summary>
public sealed class CoverageReports(TrainingHubDbContext db, CoverageSource source, TimeProvider clock, ReportCache cache, TrainingHub.Web.Audit.AuditLog audit)
{
    public DateOnly Today => LondonTime.DateOf(clock.GetUtcNow());

    /// <summary>
    /// Today's report, shared with everyone else who asks until the data changes (see <see cref="ReportCache"/>);
    /// with an ICB code, only the practices the NHS file lists under that ICB.
    /// </summary>
    public Task<CoverageReport> BuildAsync(CancellationToken cancellationToken = default) => BuildAsync(null, cancellationToken);

    public Task<CoverageReport> BuildAsync(string? icb, CancellationToken cancellationToken)
    {
        var on = Today;
        return cache.GetAsync<CoverageReports, CoverageReport>($"coverage {on:O} {icb}", reports => reports.WorkOutAsync(on, icb, CancellationToken.None))
            .WaitAsync(cancellationToken);
    }

    private async Task<CoverageReport> WorkOutAsync(DateOnly on, string? icb, CancellationToken cancellationToken)
    {
        var target = await TargetAsync(cancellationToken);
        var practices = (await source.PracticesAsync(cancellationToken)).Where(p => icb is null || p.IcbCode == icb).ToList();
        var placesInIcb = practices.Select(p => p.PlaceId).ToHashSet();
        var places = (await db.Places.AsNoTracking().OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Name, System = p.IntegratedCareSystem!.Name, p.IntegratedCareSystemId }).ToListAsync(cancellationToken))
            .Where(p => icb is null || placesInIcb.Contains(p.Id)).ToList();
        var networks = await db.PrimaryCareNetworks.AsNoTracking().OrderBy(n => n.Name)
            .Select(n => new { n.Id, n.Name, n.PlaceId }).ToListAsync(cancellationToken);
        var assessed = PracticeTrained.Assess(practices, await source.CompletedByPracticeAsync(on, cancellationToken), on);
        var byPlace = assessed.ToLookup(a => a.Practice.PlaceId);
        var byNetwork = assessed.ToLookup(a => a.Practice.PrimaryCareNetworkId);
        var networksOf = networks.ToLookup(n => n.PlaceId);

        var areas = new List<CoverageArea>();
        foreach (var system in places.GroupBy(p => new { p.IntegratedCareSystemId, p.System }).OrderBy(g => g.Key.System))
        {
            areas.Add(CoverageReport.Area(AreaKind.IntegratedCareSystem, system.Key.IntegratedCareSystemId, system.Key.System, null,
                PracticeTrained.Sum(system.SelectMany(p => byPlace[p.Id])), target));
            foreach (var place in system)
            {
                areas.Add(CoverageReport.Area(AreaKind.Place, place.Id, place.Name, system.Key.System,
                    PracticeTrained.Sum(byPlace[place.Id]), target));
                areas.AddRange(networksOf[place.Id].Select(n => CoverageReport.Area(AreaKind.PrimaryCareNetwork, n.Id, n.Name,
                    place.Name, PracticeTrained.Sum(byNetwork[n.Id]), target)));
            }
        }
        var placeNames = places.ToDictionary(p => p.Id, p => p.Name);
        var networkNames = networks.ToDictionary(n => n.Id, n => n.Name);
        var notTrained = assessed.Where(a => !a.Trained)
            .Select(a => new PracticeNotTrained(a.Practice.Id, a.Practice.OdsCode, a.Practice.Name, placeNames[a.Practice.PlaceId],
                a.Practice.PrimaryCareNetworkId is { } n ? networkNames.GetValueOrDefault(n) : null, a.Engaged))
            .OrderBy(p => p.Place).ThenBy(p => p.Engaged).ThenBy(p => p.Name).ToList();
        var trend = icb is null ? await TrendAsync(places.Select(p => p.Id).ToList(), cancellationToken) : [];
        return new CoverageReport(on, target, PracticeTrained.Rule, areas, notTrained, places.Select(p => p.Name).ToList(), trend,
            icb, await IcbCodesAsync(cancellationToken));
    }

    /// <summary>The ICB codes practices in the register carry (files since 2024 give them), for the filter.</summary>
    public Task<List<string>> IcbCodesAsync(CancellationToken cancellationToken = default) =>
        db.Practices.AsNoTracking().Where(p => p.IcbCode != null).Select(p => p.IcbCode!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);

    public async Task<int> TargetAsync(CancellationToken cancellationToken = default) =>
        await db.CoverageTargets.AsNoTracking().Where(t => t.Id == CoverageTarget.TheOne).Select(t => (int?)t.Percent)
            .FirstOrDefaultAsync(cancellationToken) ?? CoverageTarget.Default;

    /// <summary>The last snapshot of each month, summed over places for the ICS line.</summary>
    private async Task<IReadOnlyList<TrendPoint>> TrendAsync(IReadOnlyList<int> placeIds, CancellationToken cancellationToken)
    {
        var monthEnds = await db.CoverageSnapshots.AsNoTracking().GroupBy(s => new { s.TakenOn.Year, s.TakenOn.Month })
            .Select(g => g.Max(s => s.TakenOn)).ToListAsync(cancellationToken);
        var snapshots = (await db.CoverageSnapshots.AsNoTracking().Where(s => monthEnds.Contains(s.TakenOn))
            .Select(s => new { s.PlaceId, s.TakenOn, s.ActivePractices, s.Trained }).ToListAsync(cancellationToken)).ToLookup(s => s.TakenOn);
        return monthEnds.Order().Select(day =>
        {
            var that = snapshots[day].ToList();
            var active = that.Sum(s => s.ActivePractices);
            var trained = that.Sum(s => s.Trained);
            var byPlace = placeIds.Select(id => that.FirstOrDefault(s => s.PlaceId == id) is { } s
                ? (decimal?)new CoverageFigures(s.ActivePractices, 0, s.Trained, 0).PercentTrained : null).ToList();
            return new TrendPoint(day, new CoverageFigures(active, 0, trained, 0).PercentTrained, trained, byPlace);
        }).ToList();
    }

    /// <summary>A lead sets the target. One row, one conditional update: the last lead to save wins, nothing else is read first.</summary>
    public async Task SetTargetAsync(int percent, int byPersonId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var before = await db.CoverageTargets.AsNoTracking().Where(t => t.Id == CoverageTarget.TheOne).Select(t => (int?)t.Percent)
            .FirstOrDefaultAsync(cancellationToken);
        var changed = await db.CoverageTargets.Where(t => t.Id == CoverageTarget.TheOne)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Percent, percent).SetProperty(t => t.UpdatedById, byPersonId)
                .SetProperty(t => t.UpdatedAt, now), cancellationToken);
        if (changed == 1)
        {
            audit.Changed(typeof(CoverageTarget), CoverageTarget.TheOne.ToString(),
                new Dictionary<string, object?> { ["Percent"] = before }, new Dictionary<string, object?> { ["Percent"] = percent });
            await db.SaveChangesAsync(cancellationToken);
            return;
        }
        db.CoverageTargets.Add(new CoverageTarget { Id = CoverageTarget.TheOne, Percent = percent, UpdatedById = byPersonId, UpdatedAt = now });
        await db.SaveChangesAsync(cancellationToken);
    }
}
