using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// Every minute: completes the attendees of events whose last session has just ended, when they were present at
/// every session. The completion time is the session's end, not this job's, so a late run changes no date.
/// </summary>
public sealed class CompletionJob(AttendanceRecorder recorder)
{
    public const string Id = "attendance-completion";

    // The next minute's run settles whatever this one did not.
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await recorder.SettleEndedAsync(cancellationToken)} settled";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<CompletionJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), PortalJobs.InLondon);
}
