using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.Coverage;

public static class CoverageSetup
{
    public static IServiceCollection AddTrainingHubCoverage(this IServiceCollection services)
    {
        services.AddScoped<CoverageSource>();
        services.AddScoped<CoverageReports>();
        services.AddScoped<CoverageSnapshots>();
        services.AddScoped<Delivery.DeliveryReports>();
        services.AddScoped<WeeklyDigest>();
        services.AddScoped<INotificationRecheck, WeeklyDigestRecheck>();
        return services;
    }
}
