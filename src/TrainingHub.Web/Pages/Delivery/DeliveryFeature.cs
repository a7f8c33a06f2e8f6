using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>Delivery figures are for programme leads.</summary>
public sealed class DeliveryFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Delivery", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<DeliveryReports>();
    }
}
