namespace TrainingHub.Web.Data;

public enum DatabaseProvider { Sqlite, PostgreSql, SqlServer }

/// <summary>The "Database" section of configuration.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>PostgreSQL or SQL Server connection string; for SQLite, optional (defaults to traininghub.db in the data directory).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Apply pending migrations at start-up. On by default for SQLite; a server database (PostgreSQL, SQL Server) uses the migrate command.</summary>
    public bool? MigrateOnStartup { get; set; }
    /// <summary>Load the demo programme when the database is empty.</summary>
    public bool? SeedDemoData { get; set; }
    /// <summary>EF Core's check that no context is used by two threads at once. See <see cref="ThreadSafetyChecksOn"/>.</summary>
    public bool? ThreadSafetyChecks { get; set; }

    /// <summary>
    /// On in Development and Testing, where a context shared between threads should fail loudly; off elsewhere by
    /// default, because the check sets an async-local value for every row read: about 200 bytes a row, which made a
    /// national report build allocate a third more than it needed (190,000 ids read: 38 MB with it, 2 MB without).
    /// </summary>
    public bool ThreadSafetyChecksOn(IHostEnvironment environment) =>
        ThreadSafetyChecks ?? (environment.IsDevelopment() || environment.IsEnvironment("Testing"));
}
