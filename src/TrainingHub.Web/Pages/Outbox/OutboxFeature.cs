using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>The outbox (every message the portal sends, and resending one) is for leads.</summary>
public sealed class OutboxFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Outbox", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<OutboxSearch>();
        services.AddScoped<MessageResend>();
    }
}
