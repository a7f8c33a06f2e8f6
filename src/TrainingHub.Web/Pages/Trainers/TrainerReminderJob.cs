using Hangfire;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>Every morning: queue the trainer pool's accreditation and QA reminders that have fallen due.</summary>
public sealed class TrainerReminderJob(TrainerReminders reminders)
{
    public const string Id = "trainer-reminders";

    // Each reminder has one key in the outbox, so a retry queues only what the failed run did not.
    [DisableConcurrentExecution(timeoutInSeconds: 30 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await reminders.QueueDueAsync(cancellationToken)} queued";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<TrainerReminderJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(7), PortalJobs.InLondon);
}
