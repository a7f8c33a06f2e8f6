using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Coverage;
using TrainingHub.Web.Domain.Coverage;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>
/// Records each place's coverage for a day, from completions up to and including that day. Recording a day again
/// replaces it: the day's rows are deleted and written in one transaction, and the unique (place, date) index
/// turns a simultaneous second writer into a retry rather than a duplicate.
/// </summary>
public sealed class CoverageSnapshots(TrainingHubDbContext db, CoverageSource source, TimeProvider clock)
{
    private const int Attempts = 3;

    /// <summary>Records every day from <paramref name="from"/> to <paramref name="to"/> inclusive; returns the rows written.</summary>
    public async Task<int> RecordAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var practices = await source.PracticesAsync(cancellationToken);
        var completions = await source.CompletionsAsync(cancellationToken);
        var placeIds = await db.Places.AsNoTracking().Select(p => p.Id).ToListAsync(cancellationToken);
        var written = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var assessed = PracticeTrained.Assess(practices, completions, day);
            var rows = placeIds.Select(id => Row(id, day, PracticeTrained.Sum(assessed.Where(a => a.Practice.PlaceId == id)))).ToList();
            await ReplaceDayAsync(day, rows, cancellationToken);
            written += rows.Count;
        }
        return written;
    }

    private CoverageSnapshot Row(int placeId, DateOnly day, CoverageFigures f) => new()
    {
        PlaceId = placeId, TakenOn = day, ActivePractices = f.ActivePractices, Engaged = f.Engaged, Trained = f.Trained,
        CliniciansTrained = f.CliniciansTrained, RecordedAt = clock.GetUtcNow(),
    };

    private async Task ReplaceDayAsync(DateOnly day, IReadOnlyList<CoverageSnapshot> rows, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.CoverageSnapshots.Where(s => s.TakenOn == day).ExecuteDeleteAsync(cancellationToken);
                db.CoverageSnapshots.AddRange(rows.Select(r => new CoverageSnapshot
                {
                    PlaceId = r.PlaceId, TakenOn = r.TakenOn, ActivePractices = r.ActivePractices, Engaged = r.Engaged,
                    Trained = r.Trained, CliniciansTrained = r.CliniciansTrained, RecordedAt = r.RecordedAt,
                }));
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
