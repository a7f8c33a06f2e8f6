namespace TrainingHub.Web.Data;

public enum DatabaseProvider { Sqlite, PostgreSql }

/// <summary>The "Database" section of configuration.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>PostgreSQL connection string; for SQLite, optional (defaults to traininghub.db in the data directory).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Apply pending migrations at start-up. On by default for SQLite; production PostgreSQL uses the migrate command.</summary>
    public bool? MigrateOnStartup { get; set; }
    /// <summary>Load the demo programme when the database is empty.</summary>
    public bool? SeedDemoData { get; set; }
}
