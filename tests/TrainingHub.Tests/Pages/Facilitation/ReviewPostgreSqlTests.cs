using Npgsql;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>The review's version check on the production database: a database of its own on the test PostgreSQL server.</summary>
public sealed class ReviewPostgreSqlTests : IAsyncLifetime
{
    private readonly string database = "th_facilitation_" + Guid.NewGuid().ToString("N")[..12];
    private string server = "";
    private PortalFactory factory = null!;

    public async Task InitializeAsync()
    {
        server = Environment.GetEnvironmentVariable("TRAININGHUB_TEST_POSTGRES")
            ?? throw new InvalidOperationException("TRAININGHUB_TEST_POSTGRES is not set: run the tests with tests/run-all.sh, which starts PostgreSQL.");
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        factory = new PortalFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", connection)
            .With("Jobs:Enabled", "false")
            .OnTestClock();
    }

    public async Task DisposeAsync()
    {
        factory.Dispose();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public Task Two_people_saving_the_same_review_at_once_do_not_overwrite_each_other_on_postgresql() =>
        ReviewConflictScenario.RunAsync(factory);
}
