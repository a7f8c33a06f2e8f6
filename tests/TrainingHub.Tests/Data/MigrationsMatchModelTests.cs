using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data;

/// <summary>
/// The hand-run migrations must build exactly the schema the EF model describes, on each provider:
/// a database built by the migrations is compared, catalog line by catalog line, with one EF creates from the model.
/// </summary>
public sealed class MigrationsMatchModelTests
{
    [Fact]
    public async Task Sqlite_migrations_build_exactly_the_models_schema()
    {
        var folder = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await AssertSameSchemaAsync(
                new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "migrated.db")}"),
                new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "created.db")}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task PostgreSql_migrations_build_exactly_the_models_schema()
    {
        await using var migrated = await PostgresDatabase.CreateAsync();
        await using var created = await PostgresDatabase.CreateAsync();
        await AssertSameSchemaAsync(
            new DatabaseConnection(DatabaseProvider.PostgreSql, migrated.ConnectionString),
            new DatabaseConnection(DatabaseProvider.PostgreSql, created.ConnectionString));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public void Every_model_change_has_a_migration(DatabaseProvider provider)
    {
        // Never opened: the comparison is between the model and the latest migration's snapshot.
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=unused.db" : "Host=unused";
        using var db = DataServiceCollectionExtensions.CreateContext(new DatabaseConnection(provider, connection));
        Assert.False(db.Database.HasPendingModelChanges(), $"The model has changes with no {provider} migration: run tools/add-migration.sh NAME.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    private static async Task AssertSameSchemaAsync(DatabaseConnection migratedConnection, DatabaseConnection createdConnection)
    {
        await using var migrated = DataServiceCollectionExtensions.CreateContext(migratedConnection);
        await migrated.Database.MigrateAsync();
        await using var created = DataServiceCollectionExtensions.CreateContext(createdConnection);
        await created.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaCatalog.ReadAsync(migrated);
        var fromModel = await SchemaCatalog.ReadAsync(created);
        Assert.Contains(fromModel, l => l.StartsWith("column Practices.OdsCode", StringComparison.Ordinal) || l.Contains("column Practices.OdsCode"));
        var onlyMigrations = fromMigrations.Except(fromModel).ToList();
        var onlyModel = fromModel.Except(fromMigrations).ToList();
        Assert.True(onlyMigrations.Count == 0 && onlyModel.Count == 0,
            "Schema differs.\nOnly in the migrated database:\n  " + string.Join("\n  ", onlyMigrations) +
            "\nOnly in the model's database:\n  " + string.Join("\n  ", onlyModel));
    }
}
