using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data;

/// <summary>
/// A first start must not open with EF warning that a migration could be left half applied: an operation that cannot
/// run in a transaction (SQLite's table rebuild) sits in a migration of its own.
/// </summary>
public sealed class FreshMigrateTests
{
    [Fact]
    public async Task Migrating_a_new_sqlite_database_logs_no_warning_that_a_migration_could_be_partly_applied()
    {
        var file = Path.Combine(Path.GetTempPath(), "traininghub-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var warnings = new List<EventId>();
        try
        {
            var options = DataServiceCollectionExtensions.UseSqlite(new DbContextOptionsBuilder<SqliteTrainingHubDbContext>(), $"Data Source={file}")
                .LogTo((id, level) => level >= LogLevel.Warning, e => warnings.Add(e.EventId))
                .Options;
            await using var db = new SqliteTrainingHubDbContext((DbContextOptions<SqliteTrainingHubDbContext>)options);

            await db.Database.MigrateAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.DoesNotContain(warnings, e => e.Id == RelationalEventId.NonTransactionalMigrationOperationWarning.Id);
            Assert.Equal(0, await db.Practices.CountAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }
}
