using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data;

public class ThreadSafetyChecksTests
{
    [Theory]
    [InlineData("Development", null, true)]
    [InlineData("Testing", null, true)]
    [InlineData("Production", null, false)]
    [InlineData("Staging", null, false)]
    [InlineData("Production", true, true)]
    [InlineData("Development", false, false)]
    public void Are_on_where_a_shared_context_should_fail_loudly_unless_set(string environment, bool? setting, bool expected)
    {
        var options = new DatabaseOptions { ThreadSafetyChecks = setting };

        Assert.Equal(expected, options.ThreadSafetyChecksOn(new HostingEnvironment { EnvironmentName = environment }));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    public async Task The_portals_contexts_follow_the_setting(string? setting, bool expected)
    {
        await using var factory = new PortalFactory().With("Jobs:Enabled", "false").With("Database:ThreadSafetyChecks", setting).OnTestClock();

        var on = await factory.WithDbAsync(db => Task.FromResult(
            db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled));

        Assert.Equal(expected, on);
    }
}
