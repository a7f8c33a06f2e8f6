using Quartz;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Mondays at 07:00 (London): queue the weekly digest for every programme lead.</summary>
[DisallowConcurrentExecution]
public sealed class WeeklyDigestJob(WeeklyDigest digest) : IJob
{
    public static readonly JobKey Key = new("coverage-weekly-digest", "coverage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var queued = await digest.QueueAsync(cancellationToken);
        context.Result = $"{queued} digests queued";
    }

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<WeeklyDigestJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("Queue the weekly coverage digest for programme leads"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("coverage-weekly-digest-mondays", "coverage")
                .WithCronSchedule("0 0 7 ? * MON", c => c.InTimeZone(LondonTime.Zone)));
        }
    }
}
