using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

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

    /// <summary>
    /// SQLite has one writer at a time. A serializable transaction is begun IMMEDIATE (Microsoft.Data.Sqlite's rule),
    /// taking the write lock before the first read, so the next writer waits (busy_timeout) instead of reading the
    /// same count. A deferred BEGIN would read first and then fail to upgrade its lock when two raced.
    /// </summary>
    public override Task<IDbContextTransaction> BeginEventWriteAsync(IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken = default) =>
        Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>The server database, for production and for more than one web node.</summary>
public sealed class PostgreSqlTrainingHubDbContext(DbContextOptions<PostgreSqlTrainingHubDbContext> options)
    : TrainingHubDbContext(options)
{
    /// <summary>
    /// Locks the events' rows (in id order, so two moves between the same events cannot deadlock). Under read
    /// committed each later statement sees what the previous lock holder committed.
    /// </summary>
    public override async Task<IDbContextTransaction> BeginEventWriteAsync(IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken = default)
    {
        var transaction = await Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        var ids = eventIds.Distinct().Order().ToArray();
        await Database.ExecuteSqlInterpolatedAsync(
            $"SELECT 1 FROM \"ProgrammeEvents\" WHERE \"Id\" = ANY({ids}) ORDER BY \"Id\" FOR UPDATE", cancellationToken);
        return transaction;
    }

    public override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}

/// <summary>SQL Server or Azure SQL, for organisations that run those. What it says differently is in <see cref="SqlServerDialect"/>.</summary>
public sealed class SqlServerTrainingHubDbContext(DbContextOptions<SqlServerTrainingHubDbContext> options)
    : TrainingHubDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        SqlServerDialect.Configure(builder);
    }

    /// <summary>
    /// Locks the events' rows one by one in id order (<see cref="SqlServerDialect.LockEvent"/>). Under read committed,
    /// with or without row versioning (Azure SQL's default), each later statement starts after the previous lock holder
    /// committed and so sees what it wrote.
    /// </summary>
    public override async Task<IDbContextTransaction> BeginEventWriteAsync(IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken = default)
    {
        var transaction = await Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);
        foreach (var id in eventIds.Distinct().Order())
            await Database.ExecuteSqlRawAsync(SqlServerDialect.LockEvent, [SqlServerDialect.EventId(id)], cancellationToken);
        return transaction;
    }

    public override bool IsUniqueViolation(DbUpdateException exception) => SqlServerDialect.IsUniqueViolation(exception);
}
