using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Retention;

/// <summary>Each night at 02:30 (London), after the coverage snapshot: apply the retention schedule.</summary>
public sealed class RetentionJob(Retention retention)
{
    public const string Id = "retention";

    // Each rule leaves out what it has already done, so a retry or a second run changes nothing more.
    [DisableConcurrentExecution(timeoutInSeconds: 60 * 60)]
    [AutomaticRetry(Attempts = 5)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        string.Join("; ", (await retention.ApplyAsync(cancellationToken)).Select(r => $"{r.What}: {r.Rows}"));

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<RetentionJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(2, 30), PortalJobs.InLondon);
}
