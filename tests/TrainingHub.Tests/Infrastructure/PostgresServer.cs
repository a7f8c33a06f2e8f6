using Npgsql;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// The real PostgreSQL server that tests/run-all.sh starts on loopback (TRAININGHUB_TEST_POSTGRES).
/// Each caller gets a database of its own, dropped when disposed.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "TRAININGHUB_TEST_POSTGRES";
    public string ConnectionString { get; }
    private readonly string admin;
    private readonly string name;

    private PostgresDatabase(string admin, string name)
    {
        this.admin = admin;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    /// <summary>
    /// The server is part of the test run: without it the production path is untested, so this fails loudly
    /// rather than skipping. Run the suite with tests/run-all.sh.
    /// </summary>
    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrEmpty(admin), $"{Variable} is not set: run the tests with tests/run-all.sh, which starts PostgreSQL.");
        var name = "th_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new PostgresDatabase(admin!, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
