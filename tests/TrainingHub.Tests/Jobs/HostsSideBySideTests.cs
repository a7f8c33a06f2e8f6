using Hangfire;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Jobs;

/// <summary>
/// Hangfire keeps process-wide defaults (its job activator, storage and log provider), set by whichever host
/// configured it last. A host must make its jobs from its own services, however many hosts share the process:
/// otherwise a job triggered on one portal runs against another portal's database (as the tests' hosts did).
/// </summary>
public sealed class HostsSideBySideTests
{
    [Fact]
    public void A_hosts_jobs_are_made_from_its_own_services_whichever_host_configured_Hangfire_last()
    {
        using var first = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
        _ = first.Services;
        using var second = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        _ = second.Services.GetRequiredService<IGlobalConfiguration>();

        var activator = first.Services.GetRequiredService<JobActivator>();
        using var scope = activator.BeginScope((JobActivatorContext)null!);
        var configuration = (IConfiguration)scope.Resolve(typeof(IConfiguration));

        Assert.NotEqual(second.DataDirectory, first.DataDirectory);
        Assert.Equal(first.DataDirectory, configuration["TrainingHub:DataDirectory"]);
    }
}
