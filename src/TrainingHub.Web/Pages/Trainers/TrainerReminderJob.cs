using Quartz;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>Every morning: queue the trainer pool's accreditation and QA reminders that have fallen due.</summary>
[DisallowConcurrentExecution]
public sealed class TrainerReminderJob(TrainerReminders reminders) : IJob
{
    public static readonly JobKey Key = new("trainer-reminders", "trainers");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await reminders.QueueDueAsync(cancellationToken);
        context.Result = $"{queued} queued";
    }

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<TrainerReminderJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("Queue accreditation expiry and QA-needed reminders"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("trainer-reminders-daily", "trainers")
                .WithCronSchedule("0 0 7 * * ?", c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))));
        }
    }
}
