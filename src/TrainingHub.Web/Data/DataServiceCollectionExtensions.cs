using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Hosting;

namespace TrainingHub.Web.Data;

/// <summary>
/// The only place that knows which database provider is in use. A provider is one case here, one subclass in
/// ProviderContexts and one migrations folder.
/// </summary>
public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddTrainingHubData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment,
        DataDirectory dataDirectory)
    {
        var options = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var threadSafetyChecks = options.ThreadSafetyChecksOn(environment);
        var connectionString = ConnectionStringFor(options, dataDirectory);
        services.AddSingleton(options);
        services.AddSingleton(new DatabaseConnection(options.Provider, connectionString));
        var counted = DatabaseCommandCount.IsOn(configuration);
        services.AddSingleton(ReportCacheOptions.From(configuration));
        services.AddSingleton<ReportCache>();
        services.AddSingleton<ReportCacheInvalidation>();
        services.AddHttpContextAccessor();
        services.AddSingleton<Audit.AuditActor>();
        services.AddSingleton<Audit.AuditTrail>();
        services.AddScoped<Audit.AuditLog>();

        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteAllocationStatistics.TurnOff();
                services.AddDbContext<TrainingHubDbContext, SqliteTrainingHubDbContext>(
                    (s, o) => Watched(UseSqlite(o, connectionString), s, counted, threadSafetyChecks));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<TrainingHubDbContext, PostgreSqlTrainingHubDbContext>(
                    (s, o) => Watched(UsePostgreSql(o, connectionString), s, counted, threadSafetyChecks));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<TrainingHubDbContext, SqlServerTrainingHubDbContext>(
                    (s, o) => Watched(UseSqlServer(o, connectionString), s, counted, threadSafetyChecks));
                break;
        }
        return services;
    }

    /// <summary>
    /// Every context the portal resolves tells the report cache about writes, logs changes to audited records, counts commands when asked to, and
    /// checks it is not shared between threads where that is on (<see cref="DatabaseOptions.ThreadSafetyChecksOn"/>).
    /// </summary>
    private static DbContextOptionsBuilder Watched(DbContextOptionsBuilder builder, IServiceProvider services, bool counted, bool threadSafetyChecks)
    {
        // The order matters: the messages' save runs first and the audit rows are written inside it, so both commit
        // (or roll back) with the change in one transaction, whichever of the two began it.
        builder.AddInterceptors(services.GetRequiredService<ReportCacheInvalidation>(), Messages.MessagesWithChanges.Instance,
                services.GetRequiredService<Audit.AuditTrail>())
            .EnableThreadSafetyChecks(threadSafetyChecks);
        return counted ? builder.AddInterceptors(DatabaseCommandCount.Interceptor.Instance) : builder;
    }

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__migrations"))
            .AddInterceptors(new SqlitePragmas());

    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__migrations"));

    public static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder builder, string connectionString) =>
        SqlServerDialect.Use(builder, connectionString);

    /// <summary>Builds a context for a command-line tool or test, outside dependency injection.</summary>
    public static TrainingHubDbContext CreateContext(DatabaseConnection connection)
    {
        if (connection.Provider == DatabaseProvider.SqlServer)
            return new SqlServerTrainingHubDbContext(
                (DbContextOptions<SqlServerTrainingHubDbContext>)WithMessages(UseSqlServer(new DbContextOptionsBuilder<SqlServerTrainingHubDbContext>(), connection.ConnectionString)).Options);
        if (connection.Provider == DatabaseProvider.PostgreSql)
            return new PostgreSqlTrainingHubDbContext(
                (DbContextOptions<PostgreSqlTrainingHubDbContext>)WithMessages(UsePostgreSql(new DbContextOptionsBuilder<PostgreSqlTrainingHubDbContext>(), connection.ConnectionString)).Options);
        SqliteAllocationStatistics.TurnOff();
        return new SqliteTrainingHubDbContext(
            (DbContextOptions<SqliteTrainingHubDbContext>)WithMessages(UseSqlite(new DbContextOptionsBuilder<SqliteTrainingHubDbContext>(), connection.ConnectionString)).Options);
    }

    /// <summary>A booking move or event change saved through any context writes its messages with it.</summary>
    private static DbContextOptionsBuilder WithMessages(DbContextOptionsBuilder builder) => builder.AddInterceptors(Messages.MessagesWithChanges.Instance);

    private static string ConnectionStringFor(DatabaseOptions options, DataDirectory dataDirectory)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
            return options.ConnectionString
                ?? throw new InvalidOperationException($"Database:ConnectionString is required when Database:Provider is {options.Provider}.");

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? "");
        if (string.IsNullOrEmpty(builder.DataSource))
            builder.DataSource = dataDirectory.Combine("traininghub.db");
        builder.ForeignKeys = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}

public sealed record DatabaseConnection(DatabaseProvider Provider, string ConnectionString);
