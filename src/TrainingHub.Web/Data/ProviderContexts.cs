using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace TrainingHub.Web.Data;

/// <summary>The embedded default: one SQLite file under the data directory.</summary>
public sealed class SqliteTrainingHubDbContext(DbContextOptions<SqliteTrainingHubDbContext> options)
    : TrainingHubDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        // SQLite has no instant type and cannot compare DateTimeOffset text in SQL; UTC ticks sort and compare.
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>The server database, for production and for more than one web node.</summary>
public sealed class PostgreSqlTrainingHubDbContext(DbContextOptions<PostgreSqlTrainingHubDbContext> options)
    : TrainingHubDbContext(options);
