using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Demo;

namespace TrainingHub.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// The embedded default migrates itself and loads the demo programme into an empty database, so one command
    /// gives a working portal. Production PostgreSQL migrates only through the migrate command unless told otherwise.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var migrate = options.MigrateOnStartup ?? options.Provider == DatabaseProvider.Sqlite;
        var seed = options.SeedDemoData ?? app.Environment.IsDevelopment();
        if (!migrate && !seed) return;

        using var scope = app.Services.CreateScope();
        if (migrate) await MigrateAsync(scope.ServiceProvider, TextWriter.Null);
        if (seed) await scope.ServiceProvider.GetRequiredService<DemoProgramme>().SeedAsync(force: false, TextWriter.Null);
    }

    public static async Task MigrateAsync(IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<TrainingHubDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        await output.WriteLineAsync(pending.Count == 0
            ? "Database schema is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
    }
}
