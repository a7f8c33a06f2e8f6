using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>The venue directory belongs to programme leads; the event form chooses from it through <see cref="VenueDirectory"/>.</summary>
public sealed class VenuesFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Venues", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services) => services.AddScoped<VenueDirectory>();
}
