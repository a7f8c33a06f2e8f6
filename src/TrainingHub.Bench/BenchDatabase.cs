using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TrainingHub.Bench;

/// <summary>Where one scale's dataset lives: a SQLite file in the work folder, or a PostgreSQL database of its own.</summary>
public sealed record BenchDatabase(string Provider, string ConnectionString, string Description)
{
    public static BenchDatabase For(BenchOptions options, string scale)
    {
        var name = "traininghub_bench_" + new string(scale.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        if (options.Provider == "sqlite")
        {
            var file = Path.Combine(options.WorkFolder, name + ".db");
            return new BenchDatabase("Sqlite", $"Data Source={file}", "SQLite file");
        }
        var builder = new NpgsqlConnectionStringBuilder(options.PostgresConnection) { Database = name };
        return new BenchDatabase("PostgreSql", builder.ConnectionString, "PostgreSQL");
    }

    public string[] HostArguments =>
        ["--Database:Provider", Provider, "--Database:ConnectionString", ConnectionString, "--Authentication:LocalAccounts", "true"];

    public async Task DropAsync(BenchOptions options)
    {
        if (Provider == "Sqlite")
        {
            var file = ConnectionString["Data Source=".Length..];
            foreach (var suffix in new[] { "", "-wal", "-shm" })
                if (File.Exists(file + suffix)) File.Delete(file + suffix);
            return;
        }
        var database = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        await using var connection = new NpgsqlConnection(options.PostgresConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Rows of (key, count) from a grouping query: how the bursts check their outcome in the database itself.</summary>
    public async Task<Dictionary<long, long>> CountsAsync(string sql)
    {
        await using DbConnection connection = Provider == "Sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<long, long>();
        while (await reader.ReadAsync()) counts[Convert.ToInt64(reader.GetValue(0))] = Convert.ToInt64(reader.GetValue(1));
        return counts;
    }

    /// <summary>The rows of a query, each as its columns' values.</summary>
    public async Task<List<object[]>> RowsAsync(string sql)
    {
        await using DbConnection connection = Provider == "Sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    public bool Exists => Provider != "Sqlite" || File.Exists(ConnectionString["Data Source=".Length..]);
}
