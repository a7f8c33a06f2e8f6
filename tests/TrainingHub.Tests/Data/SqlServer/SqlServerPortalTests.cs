using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The portal composed for SQL Server, with nothing listening where the server should be (a closed port on loopback):
/// it starts, resolves the SQL Server context, and /health says the database cannot be reached rather than failing.
/// Nothing here shows that it works against a live server.
/// </summary>
public sealed class SqlServerPortalTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory()
        .With("Database:Provider", "SqlServer")
        .With("Database:ConnectionString", "Server=tcp:127.0.0.1,1;Database=traininghub;User ID=nobody;Password=none;Encrypt=False;Connect Timeout=5")
        .With("Database:MigrateOnStartup", "false")
        .With("Jobs:Enabled", "false")
        .OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task With_sql_server_chosen_the_portal_starts_on_its_context_and_health_reports_a_server_it_cannot_reach()
    {
        var response = await factory.CreateAnonymousClient().GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var database = json.RootElement.GetProperty("checks").GetProperty("database");
        Assert.Equal(("Unhealthy", "Cannot connect."), (database.GetProperty("status").GetString(), database.GetProperty("description").GetString()));
        using var scope = factory.Services.CreateScope();
        Assert.IsType<SqlServerTrainingHubDbContext>(scope.ServiceProvider.GetRequiredService<TrainingHubDbContext>());
    }
}
