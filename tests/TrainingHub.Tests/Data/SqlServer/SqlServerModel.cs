using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The SQL Server context as the portal builds it, never connected: no SQL Server runs here. Scripts are generated from
/// the model and the migrations once per test run and shared.
/// </summary>
public static class SqlServerModel
{
    // Never opened.
    public const string ConnectionString = "Server=sql.invalid;Database=traininghub;Integrated Security=true;Encrypt=true";

    public static SqlServerTrainingHubDbContext CreateContext() =>
        (SqlServerTrainingHubDbContext)DataServiceCollectionExtensions.CreateContext(new DatabaseConnection(DatabaseProvider.SqlServer, ConnectionString));

    private static readonly Lazy<string> MigrationsScript = new(() =>
    {
        using var db = CreateContext();
        return db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
    });

    private static readonly Lazy<string> ModelScript = new(() =>
    {
        using var db = CreateContext();
        return db.Database.GenerateCreateScript();
    });

    private static readonly Lazy<SqlServerScriptCatalog> Migrated = new(() => SqlServerScriptCatalog.Replay(MigrationsScript.Value));

    /// <summary>Every migration in the SqlServer folder, as the idempotent script a deployment could run by hand.</summary>
    public static string IdempotentMigrationsScript => MigrationsScript.Value;

    /// <summary>What EF would create from the model directly (EnsureCreated's DDL).</summary>
    public static string CreateScript => ModelScript.Value;

    /// <summary>The schema the migrations leave, read from their parsed script.</summary>
    public static SqlServerScriptCatalog MigratedCatalog => Migrated.Value;
}
