using Microsoft.EntityFrameworkCore;
using Quartz;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Jobs;

namespace TrainingHub.Web.Jobs;

/// <summary>
/// Records each run's start, end and outcome for the jobs page. A recurring job wraps its work in
/// <see cref="RecordAsync"/>; an error is recorded and rethrown so Quartz sees it too.
/// </summary>
public sealed class JobRuns(IServiceScopeFactory scopes, TimeProvider clock, ILogger<JobRuns> logger)
{
    public async Task RecordAsync(IJobExecutionContext context, Func<CancellationToken, Task<string>> work, CancellationToken cancellationToken)
    {
        var key = context.JobDetail.Key.ToString();
        await SaveAsync(key, run => { run.StartedAt = clock.GetUtcNow(); run.FinishedAt = null; run.Outcome = "Running"; run.Succeeded = false; });
        try
        {
            var outcome = await work(cancellationToken);
            context.Result = outcome;
            await SaveAsync(key, run => { run.FinishedAt = clock.GetUtcNow(); run.Outcome = outcome; run.Succeeded = true; });
        }
        catch (Exception error)
        {
            logger.LogError(error, "Job {Job} failed", key);
            var outcome = error is OperationCanceledException ? "Stopped before it finished" : "Failed: " + error.Message;
            await SaveAsync(key, run => { run.FinishedAt = clock.GetUtcNow(); run.Outcome = outcome[..Math.Min(outcome.Length, 1000)]; run.Succeeded = false; });
            throw;
        }
    }

    // Its own context, so a failed save in the job's work cannot take the record down with it.
    private async Task SaveAsync(string key, Action<JobRun> change)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>();
        var run = await db.JobRuns.FindAsync(key);
        if (run is null) db.JobRuns.Add(run = new JobRun { JobKey = key });
        change(run);
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateException)
        {
            // Another node recorded its run of the same job at the same moment; the jobs page shows theirs.
        }
    }
}
