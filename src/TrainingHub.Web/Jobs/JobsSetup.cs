using Quartz;
using Quartz.Impl;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Jobs;

/// <summary>
/// Quartz.NET with its persistent store in the portal's own database: SQLite on the embedded default,
/// PostgreSQL clustered so several web nodes share one schedule and each trigger fires on one node only.
/// Jobs register themselves in the feature that owns them through <see cref="IPortalJob"/>.
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddTrainingHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var database = configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        var enabled = configuration.GetValue("Jobs:Enabled", true);
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSerializer<SystemTextJsonObjectSerializer>();
                store.ProvisionSchema();
                if (database.Provider == DatabaseProvider.PostgreSql)
                {
                    store.UsePostgres(StoreConnectionString(services));
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(StoreConnectionString(services));
                }
            });
            foreach (var job in PortalJobs.All) job.Configure(q);
        });
        if (!enabled)
        {
            // A node that only serves pages is healthy without a scheduler: another node runs the jobs.
            services.AddHealthChecks().AddCheck("scheduler", () => Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy(
                "Off on this node (Jobs:Enabled is false): it serves pages and another node runs the jobs."));
            return services;
        }
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHealthChecks().AddQuartz(o => o.Name = "scheduler");
        return services;
    }

    private static string StoreConnectionString(IServiceCollection services) =>
        (services.Single(d => d.ServiceType == typeof(DatabaseConnection)).ImplementationInstance as DatabaseConnection)!
            .ConnectionString;
}

/// <summary>A recurring job owned by a feature. Add it to <see cref="PortalJobs.All"/>.</summary>
public interface IPortalJob
{
    void Configure(IQuartzBuilder quartz);
}

public static class PortalJobs
{
    /// <summary>Every recurring job; later features add theirs (reminders, coverage snapshots, digests).</summary>
    public static readonly IPortalJob[] All =
    [
        new Pages.Notifications.OutboxDispatchJob.Schedule(),
        new Pages.Bookings.OfferExpiryJob.Schedule(),
        new Pages.Register.CompletionJob.Schedule(),
        new Pages.Messages.BookingMessagesJob.Schedule(),
        new Pages.Messages.FacilitationRemindersJob.Schedule(),
        new Pages.Coverage.CoverageSnapshotJob.Schedule(),
        new Pages.Coverage.WeeklyDigestJob.Schedule(),
        new Pages.Trainers.TrainerReminderJob.Schedule(),
    ];
}
