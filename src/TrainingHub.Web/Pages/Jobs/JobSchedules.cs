using Microsoft.EntityFrameworkCore;
using Quartz;

using TrainingHub.Web.Data;

namespace TrainingHub.Web.Pages.Jobs;

public sealed record JobRow(
    string Key, string Description, string Schedule, DateTimeOffset? LastRunAt, DateTimeOffset? NextRunAt,
    string? LastOutcome, bool? LastSucceeded, DateTimeOffset? LastFinishedAt);

/// <summary>The recurring jobs as the scheduler's store has them, with the last outcome each recorded.</summary>
public sealed class JobSchedules(ISchedulerFactory schedulers, TrainingHubDbContext db)
{
    public async Task<IReadOnlyList<JobRow>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var runs = await db.JobRuns.AsNoTracking().ToDictionaryAsync(r => r.JobKey, cancellationToken);
        var rows = new List<JobRow>();
        foreach (var key in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.ToString()))
        {
            var job = await scheduler.GetJobDetail(key, cancellationToken);
            var triggers = await scheduler.GetTriggersOfJob(key, cancellationToken);
            var recurring = triggers.OfType<ICronTrigger>().ToList();
            if (job is null || recurring.Count == 0) continue;
            var run = runs.GetValueOrDefault(key.ToString());
            rows.Add(new JobRow(key.ToString(), job.Description ?? key.Name,
                string.Join("; ", recurring.Select(t => $"{t.CronExpressionString} ({t.TimeZone.Id})")),
                Latest(recurring.Select(t => t.PreviousFireTimeUtc).Append(run?.StartedAt)),
                recurring.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min(),
                run?.Outcome, run?.Succeeded, run?.FinishedAt));
        }
        return rows;
    }

    /// <summary>Asks the scheduler to run the job once now; false when there is no such recurring job.</summary>
    public async Task<bool> RunNowAsync(string jobKey, CancellationToken cancellationToken)
    {
        var key = (await ListAsync(cancellationToken)).FirstOrDefault(r => r.Key == jobKey)?.Key;
        if (key is null) return false;
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var dot = key.IndexOf('.');
        await scheduler.TriggerJob(new JobKey(key[(dot + 1)..], key[..dot]), cancellationToken);
        return true;
    }

    public async Task<bool> SchedulerRunningAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running;
    }

    private static DateTimeOffset? Latest(IEnumerable<DateTimeOffset?> times) => times.Where(t => t is not null).Max();
}
