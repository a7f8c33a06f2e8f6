using TrainingHub.Web.Data.Entities.Coverage;
using TrainingHub.Web.Domain.Coverage;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// The coverage history the nightly snapshot job would have written: each place on the last day of every month
/// over the four years of delivered events, and yesterday, by the same rule (<see cref="PracticeTrained"/>) applied
/// to the generated completions.
/// </summary>
public static class NationalCoverage
{
    public static IEnumerable<CoverageSnapshot> Snapshots(
        List<CoveragePractice> practices, List<CoverageCompletion> completions, IReadOnlyList<int> placeIds, DateOnly today, DateTimeOffset now)
    {
        var id = 0;
        foreach (var day in Days(today))
        {
            var assessed = PracticeTrained.Assess(practices, completions, day).ToLookup(a => a.Practice.PlaceId);
            foreach (var placeId in placeIds)
            {
                var f = PracticeTrained.Sum(assessed[placeId]);
                yield return new CoverageSnapshot
                {
                    Id = ++id, PlaceId = placeId, TakenOn = day, ActivePractices = f.ActivePractices, Engaged = f.Engaged,
                    Trained = f.Trained, CliniciansTrained = f.CliniciansTrained, RecordedAt = now,
                };
            }
        }
    }

    private static IEnumerable<DateOnly> Days(DateOnly today)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        for (var month = thisMonth.AddYears(-4); month < thisMonth; month = month.AddMonths(1))
            yield return month.AddMonths(1).AddDays(-1);
        if (today.Day > 1) yield return today.AddDays(-1);
    }
}
