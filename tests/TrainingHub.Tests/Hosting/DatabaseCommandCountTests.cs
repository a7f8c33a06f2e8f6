using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Tests.Hosting;

public class DatabaseCommandCountTests
{
    [Fact]
    public async Task When_switched_on_each_response_says_how_many_database_commands_its_request_ran()
    {
        await using var factory = new PortalFactory().With(DatabaseCommandCount.Setting, "true").OnTestClock();
        var client = factory.CreateAnonymousClient();

        using var health = await client.GetAsync("/health");
        using var plainPage = await client.GetAsync("/Account/AccessDenied");

        Assert.True(int.Parse(Assert.Single(health.Headers.GetValues(DatabaseCommandCount.Header))) >= 1);
        Assert.Equal("0", Assert.Single(plainPage.Headers.GetValues(DatabaseCommandCount.Header)));
    }

    [Fact]
    public async Task Responses_do_not_carry_the_count_unless_it_is_switched_on()
    {
        await using var factory = new PortalFactory().OnTestClock();
        var client = factory.CreateAnonymousClient();

        using var health = await client.GetAsync("/health");

        Assert.False(health.Headers.Contains(DatabaseCommandCount.Header));
    }
}
