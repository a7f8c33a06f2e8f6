using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>Coverage is for programme leads: the figures, their exports and the target.</summary>
public sealed class CoverageFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Coverage", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<CoverageSource>();
        services.AddScoped<CoverageReports>();
        services.AddScoped<CoverageSnapshots>();
        services.AddScoped<WeeklyDigest>();
        services.AddScoped<INotificationRecheck, WeeklyDigestRecheck>();
    }
}
