using Hangfire;
using Hangfire.States;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>Runs a recurring job now through the host's own Hangfire server, as a lead's "Trigger now" does.</summary>
public static class HangfireRuns
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>The job's result once the server has run it; a failed run fails the test with its error.</summary>
    public static async Task<string> RunRecurringJobAsync(this WebApplicationFactory<Program> factory, string recurringJobId)
    {
        var jobId = factory.Services.GetRequiredService<IRecurringJobManagerV2>().TriggerJob(recurringJobId);
        Assert.NotNull(jobId);
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        // The real clock: a bound on how long the test waits for the job server, not a time the portal reads.
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var history = monitor.JobDetails(jobId)?.History ?? [];
            if (history.FirstOrDefault(h => h.StateName == FailedState.StateName) is { } failed)
                throw new Xunit.Sdk.XunitException($"{recurringJobId} failed: {Value(failed.Data, "ExceptionMessage")}");
            if (history.FirstOrDefault(h => h.StateName == SucceededState.StateName) is { } succeeded)
                return Value(succeeded.Data, "Result").Trim('"');
            await Task.Delay(50);
        }
        throw new TimeoutException($"{recurringJobId} was not run by the job server within {Patience.TotalSeconds} s.");
    }

    private static string Value(IDictionary<string, string> data, string key) => data.TryGetValue(key, out var value) ? value ?? "" : "";
}
