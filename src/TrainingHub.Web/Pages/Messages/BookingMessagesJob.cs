using Quartz;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Messages;

/// <summary>Every minute: queue the messages that bookings and events now call for (the outbox job sends them).</summary>
[DisallowConcurrentExecution]
public sealed class BookingMessagesJob(BookingMessageQueue queue, JobRuns runs) : IJob
{
    public static readonly JobKey Key = new("booking-messages", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runs.RecordAsync(context, async ct => $"{await queue.QueueAsync(ct)} queued", cancellationToken);

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<BookingMessagesJob>(j => j.WithIdentity(Key).StoreDurably()
                .WithDescription("Queue booking confirmations, waiting-list news, event changes, reminders and feedback requests"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("booking-messages-every-minute", "notifications")
                .WithCronSchedule("30 * * * * ?", c => c.InTimeZone(Domain.Events.LondonTime.Zone)));
        }
    }
}
