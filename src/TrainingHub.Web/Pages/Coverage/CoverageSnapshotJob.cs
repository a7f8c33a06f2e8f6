using Quartz;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Each night just after midnight (London): record every place's coverage for the day that has just ended.</summary>
[DisallowConcurrentExecution]
public sealed class CoverageSnapshotJob(CoverageSnapshots snapshots, TimeProvider clock) : IJob
{
    public static readonly JobKey Key = new("coverage-snapshot", "coverage");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var yesterday = LondonTime.DateOf(clock.GetUtcNow()).AddDays(-1);
        var rows = await snapshots.RecordAsync(yesterday, yesterday, cancellationToken);
        context.Result = $"{rows} place snapshots for {yesterday:yyyy-MM-dd}";
    }

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<CoverageSnapshotJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("Record each place's coverage for the day just ended"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("coverage-snapshot-nightly", "coverage")
                .WithCronSchedule("0 15 0 * * ?", c => c.InTimeZone(LondonTime.Zone)));
        }
    }
}
