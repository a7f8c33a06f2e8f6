using Quartz;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Notifications;

/// <summary>Every minute: send the messages that are due.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, JobRuns runs) : IJob
{
    public static readonly JobKey Key = new("outbox-dispatch", "notifications");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runs.RecordAsync(context, async ct => $"{await dispatcher.DispatchDueAsync(ct)} sent", cancellationToken);

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<OutboxDispatchJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("Send due messages from the outbox"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("outbox-dispatch-every-minute", "notifications")
                .WithCronSchedule("0 * * * * ?", c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))));
        }
    }
}
