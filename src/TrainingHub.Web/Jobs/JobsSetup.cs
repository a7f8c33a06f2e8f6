using Hangfire.AspNetCore;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.SqlServer;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Jobs;

/// <summary>
/// Hangfire, its storage following the database: PostgreSQL or SQL Server (several web nodes share it; each recurring job runs
/// on one node at a time) or, on the embedded SQLite default, memory (one process; what must survive a restart is
/// the portal's own outbox). Recurring jobs are registered once at start-up (<see cref="PortalJobs"/>); the
/// dashboard is the jobs page (<see cref="JobsDashboard"/>).
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddTrainingHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = (DatabaseConnection)services.Single(d => d.ServiceType == typeof(DatabaseConnection)).ImplementationInstance!;
        var node = new JobsNode(configuration.GetValue("Jobs:Enabled", true), JobStorageChoice.Describe(connection),
            $"{Environment.MachineName}-{Environment.ProcessId}".ToLowerInvariant());
        services.AddSingleton(node);
        // The storage is this host's own singleton, not Hangfire's static JobStorage.Current, so hosts side by side
        // in one process (the tests) each keep theirs.
        services.TryAddSingleton<JobStorage>(_ => JobStorageChoice.Create(connection, installsSchema: node.ProcessesJobs));
        // Likewise the activator: Hangfire's own registration is JobActivator.Current, which is whichever host
        // configured Hangfire last, so a job triggered here could be made from another host's services.
        services.TryAddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        // Hangfire logs through a static provider; this host's is set before its storage is made (a storage may log
        // as it starts), so it never writes to a host that has gone (the tests start many in one process).
        services.AddHangfire((provider, hangfire) => hangfire
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHealthChecks().AddCheck<JobsHealthCheck>("jobs");
        if (!node.ProcessesJobs) return services;
        services.AddHangfireServer(o =>
        {
            o.ServerName = node.ServerName;
            o.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 10);
            o.ShutdownTimeout = TimeSpan.FromSeconds(30);
        });
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }
}

/// <summary>Whether this node processes jobs, and which storage Hangfire uses (never its connection string).</summary>
public sealed record JobsNode(bool ProcessesJobs, string Storage, string ServerName);

/// <summary>One case per database provider; a provider added to <see cref="DatabaseProvider"/> adds its storage here.</summary>
public static class JobStorageChoice
{
    public const string StorageSchema = "hangfire";

    /// <param name="installsSchema">Only a node that runs jobs creates Hangfire's tables; one that serves pages starts without the server.</param>
    public static JobStorage Create(DatabaseConnection connection, bool installsSchema = true) => connection.Provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlStorage(
            new NpgsqlConnectionFactory(connection.ConnectionString, PostgreSqlOptions), PostgreSqlOptions),
        DatabaseProvider.SqlServer => new SqlServerStorage(connection.ConnectionString, SqlServerOptions(installsSchema)),
        _ => new InMemoryStorage(new InMemoryStorageOptions()),
    };

    public static string Describe(DatabaseConnection connection) => connection.Provider switch
    {
        DatabaseProvider.PostgreSql => $"PostgreSQL, schema '{StorageSchema}' in the portal's database",
        DatabaseProvider.SqlServer => $"SQL Server, schema '{StorageSchema}' in the portal's database",
        _ => "In memory (one process; the outbox in the portal's database is what survives a restart)",
    };

    /// <summary>Hangfire's own SQL Server storage; it creates its schema on first start (db_ddladmin then).</summary>
    private static SqlServerStorageOptions SqlServerOptions(bool installsSchema) => new()
    {
        SchemaName = StorageSchema,
        PrepareSchemaIfNecessary = installsSchema,
        // A crashed node's job is handed to another after this long, as on PostgreSQL.
        SlidingInvisibilityTimeout = TimeSpan.FromMinutes(10),
        QueuePollInterval = TimeSpan.FromSeconds(5),
    };

    private static PostgreSqlStorageOptions PostgreSqlOptions => new()
    {
        SchemaName = StorageSchema,
        PrepareSchemaIfNecessary = true,
        // A crashed node's job is handed to another after this long (its heartbeat stopped).
        InvisibilityTimeout = TimeSpan.FromMinutes(10),
        QueuePollInterval = TimeSpan.FromSeconds(5),
    };
}

/// <summary>Adds or updates every recurring job once at start-up, in UK time.</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var register in PortalJobs.All) register(jobs);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class PortalJobs
{
    public static readonly RecurringJobOptions InLondon = new() { TimeZone = Domain.Events.LondonTime.Zone };

    /// <summary>Every recurring job, each registered by the feature that owns it.</summary>
    public static readonly Action<IRecurringJobManager>[] All =
    [
        Messages.OutboxDispatchJob.Register,
        Pages.Bookings.OfferExpiryJob.Register,
        Pages.Register.CompletionJob.Register,
        Messages.BookingRemindersJob.Register,
        Messages.FacilitationRemindersJob.Register,
        Pages.Coverage.CoverageSnapshotJob.Register,
        Pages.Coverage.WeeklyDigestJob.Register,
        Pages.Trainers.TrainerReminderJob.Register,
        Pages.Retention.RetentionJob.Register,
    ];
}
