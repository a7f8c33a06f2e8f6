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
            var figures = placeIds.Select(id => (id, PracticeTrained.Sum(assessed.Where(a => a.Practice.PlaceId == id)))).ToList();
            await ReplaceDayAsync(day, figures, cancellationToken);
            written += figures.Count;
        }
        return written;
    }

    private CoverageSnapshot Row(int placeId, DateOnly day, CoverageFigures f) => new()
    {
        PlaceId = placeId, TakenOn = day, ActivePractices = f.ActivePractices, Engaged = f.Engaged, Trained = f.Trained,
        CliniciansTrained = f.CliniciansTrained, RecordedAt = clock.GetUtcNow(),
    };

    private async Task ReplaceDayAsync(DateOnly day, IReadOnlyList<(int PlaceId, CoverageFigures Figures)> figures, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await db.CoverageSnapshots.Where(s => s.TakenOn == day).ExecuteDeleteAsync(cancellationToken);
                // Fresh rows on every attempt: a failed save leaves keys behind on the ones it tried.
                db.CoverageSnapshots.AddRange(figures.Select(f => Row(f.PlaceId, day, f.Figures)));
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
