using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Messages;

/// <summary>Every minute: queue the event reminders now due (the outbox job sends them).</summary>
public sealed class BookingRemindersJob(BookingReminders reminders)
{
    public const string Id = "booking-reminders";
    /// <summary>The job that derived every booking message from history, before messages were written with their change.</summary>
    public const string FormerId = "booking-messages";

    // The next minute's run is the retry: every reminder has one key, so nothing is queued twice.
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await reminders.QueueAsync(cancellationToken)} queued";

    public static void Register(IRecurringJobManager jobs)
    {
        jobs.RemoveIfExists(FormerId);
        jobs.AddOrUpdate<BookingRemindersJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), PortalJobs.InLondon);
    }
}
