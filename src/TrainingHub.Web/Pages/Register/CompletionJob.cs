using Quartz;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// Every minute: completes the attendees of events whose last session has just ended, when they were present at
/// every session. The completion time is the session's end, not this job's, so a late run changes no date.
/// </summary>
[DisallowConcurrentExecution]
public sealed class CompletionJob(AttendanceRecorder recorder, JobRuns runs) : IJob
{
    public static readonly JobKey Key = new("attendance-completion", "attendance");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await runs.RecordAsync(context, async ct => $"{await recorder.SettleEndedAsync(ct)} settled", cancellationToken);

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<CompletionJob>(j => j.WithIdentity(Key).StoreDurably()
                .WithDescription("Complete the attendees of events whose last session has ended"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("attendance-completion-every-minute", "attendance")
                .WithCronSchedule("15 * * * * ?", c => c.InTimeZone(Domain.Events.LondonTime.Zone)));
        }
    }
}
