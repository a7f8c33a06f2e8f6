using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Messages;

/// <summary>Every minute: send the messages that are due. The outbox keeps its own backoff, so a failed run is not retried.</summary>
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher)
{
    public const string Id = "outbox-dispatch";

    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) =>
        $"{await dispatcher.DispatchDueAsync(cancellationToken)} sent";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OutboxDispatchJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), PortalJobs.InLondon);
}
