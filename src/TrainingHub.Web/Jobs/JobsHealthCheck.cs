using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TrainingHub.Web.Jobs;

/// <summary>/health's "jobs" entry: the Hangfire storage answers, which one it is, and whether this node runs jobs.</summary>
public sealed class JobsHealthCheck(JobStorage storage, JobsNode node) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var role = node.ProcessesJobs
            ? "This node processes jobs."
            : "This node serves pages only (Jobs:Enabled is false); another node processes jobs.";
        try
        {
            var servers = storage.GetMonitoringApi().Servers();
            // Processing is true once this node's server has checked in with the storage, not merely configured.
            if (node.ProcessesJobs && !servers.Any(s => s.Name.StartsWith(node.ServerName, StringComparison.OrdinalIgnoreCase)))
                return Task.FromResult(HealthCheckResult.Unhealthy($"Storage: {node.Storage}. This node's job server has not started."));
            return Task.FromResult(HealthCheckResult.Healthy($"Storage: {node.Storage}. {role} Job servers: {servers.Count}."));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"Storage: {node.Storage}; it did not answer ({ex.GetType().Name}). {role}"));
        }
    }
}
