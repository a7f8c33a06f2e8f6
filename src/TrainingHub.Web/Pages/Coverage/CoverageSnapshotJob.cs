using Hangfire;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Each night just after midnight (London): record every place's coverage for the day that has just ended.</summary>
public sealed class CoverageSnapshotJob(CoverageSnapshots snapshots, TimeProvider clock)
{
    public const string Id = "coverage-snapshot";

    // A day's snapshot replaces that day's rows, so a retry or a second run leaves one row per place and day.
    [DisableConcurrentExecution(timeoutInSeconds: 60 * 60)]
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        var yesterday = LondonTime.DateOf(clock.GetUtcNow()).AddDays(-1);
        var rows = await snapshots.RecordAsync(yesterday, yesterday, cancellationToken);
        return $"{rows} place snapshots for {yesterday:yyyy-MM-dd}";
    }

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CoverageSnapshotJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(0, 15), PortalJobs.InLondon);
}
