using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data;

/// <summary>
/// The search columns are stored, worked out by the database. SQLite cannot add such a column, so its migration
/// rebuilds the practices table: a register that was already there must come through whole, with the columns filled.
/// </summary>
public sealed class PracticeSearchColumnsUpgradeTests
{
    [Fact]
    public async Task On_sqlite_an_existing_register_keeps_its_practices_and_gains_search_columns()
    {
        var file = Path.Combine(Path.GetTempPath(), "traininghub-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        try
        {
            await UpgradeKeepsTheRegisterAsync(new DatabaseConnection(DatabaseProvider.Sqlite, $"Data Source={file}"), updatedAt: 0L);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task On_postgresql_an_existing_register_keeps_its_practices_and_gains_search_columns()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await UpgradeKeepsTheRegisterAsync(new DatabaseConnection(DatabaseProvider.PostgreSql, database.ConnectionString), updatedAt: TestClock.Start);
    }

    private static async Task UpgradeKeepsTheRegisterAsync(DatabaseConnection connection, object updatedAt)
    {
        await using var db = DataServiceCollectionExtensions.CreateContext(connection);
        var migrator = db.GetService<IMigrator>();
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_PracticeSearchColumns", StringComparison.Ordinal)).Last();
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "IntegratedCareSystems" ("Id", "Name") VALUES (1, 'Frimley');
            INSERT INTO "Places" ("Id", "IntegratedCareSystemId", "Name", "CommissionerCode") VALUES (1, 1, 'Slough', '15D');
            """);
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "Practices" ("Id", "OdsCode", "Name", "Postcode", "Status", "CommissionerCode", "PlaceId", "ConditionsInScope", "EnhancedServiceLevel", "UpdatedAt")
            VALUES (41, 'K81001', 'Farnham Road Surgery', 'sl1 3rt', 0, '15D', 1, 0, 0, {0}),
                   (42, 'K81002', 'The Avenue Medical Centre', NULL, 0, '15D', 1, 0, 0, {0});
            """, updatedAt);

        await db.Database.MigrateAsync();

        var practices = await db.Practices.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.SearchName, p.SearchPostcode }).ToListAsync();
        Assert.Equal([41, 42], practices.Select(p => p.Id));
        Assert.Equal(["FARNHAM ROAD SURGERY", "THE AVENUE MEDICAL CENTRE"], practices.Select(p => p.SearchName));
        Assert.Equal(["SL13RT", null], practices.Select(p => p.SearchPostcode));

        // A practice written after the upgrade gets its columns from the database too.
        var practice = await db.Practices.SingleAsync(p => p.Id == 42);
        practice.Name = "Avenue Health";
        practice.Postcode = "SL2 1aa";
        await db.SaveChangesAsync();
        var written = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == 42);
        Assert.Equal(("AVENUE HEALTH", "SL21AA"), (written.SearchName, written.SearchPostcode));
    }
}
