using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Messages;

/// <summary>Every minute: queue the messages that bookings and events now call for (the outbox job sends them).</summary>
public sealed class BookingMessagesJob(BookingMessageQueue queue)
{
    public const string Id = "booking-messages";

    // The next minute's run is the retry: every message has one key, so nothing is queued twice.
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await queue.QueueAsync(cancellationToken)} queued";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<BookingMessagesJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), PortalJobs.InLondon);
}
