using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Mondays at 07:00 (London): queue the weekly digest for every programme lead.</summary>
public sealed class WeeklyDigestJob(WeeklyDigest digest)
{
    public const string Id = "coverage-weekly-digest";

    // One digest per lead and week in the outbox, so a retry sends none twice.
    [DisableConcurrentExecution(timeoutInSeconds: 30 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await digest.QueueAsync(cancellationToken)} digests queued";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<WeeklyDigestJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Weekly(DayOfWeek.Monday, 7), PortalJobs.InLondon);
}
