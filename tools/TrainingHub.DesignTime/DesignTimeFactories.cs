using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TrainingHub.Web.Data;

namespace TrainingHub.DesignTime;

// Scaffolding needs only the provider, never a live database: these connection strings are never opened.
public sealed class SqliteFactory : IDesignTimeDbContextFactory<SqliteTrainingHubDbContext>
{
    public SqliteTrainingHubDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteTrainingHubDbContext>)DataServiceCollectionExtensions
            .UseSqlite(new DbContextOptionsBuilder<SqliteTrainingHubDbContext>(), "Data Source=design.db").Options);
}

public sealed class PostgreSqlFactory : IDesignTimeDbContextFactory<PostgreSqlTrainingHubDbContext>
{
    public PostgreSqlTrainingHubDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgreSqlTrainingHubDbContext>)DataServiceCollectionExtensions
            .UsePostgreSql(new DbContextOptionsBuilder<PostgreSqlTrainingHubDbContext>(), "Host=design;Database=design").Options);
}

public sealed class SqlServerFactory : IDesignTimeDbContextFactory<SqlServerTrainingHubDbContext>
{
    public SqlServerTrainingHubDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerTrainingHubDbContext>)DataServiceCollectionExtensions
            .UseSqlServer(new DbContextOptionsBuilder<SqlServerTrainingHubDbContext>(), "Server=design;Database=design").Options);
}

public static class Program
{
    public static void Main() { }
}
