using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Programme;

/// <summary>What needs a lead's attention across the programme: leads only.</summary>
public sealed class ProgrammeFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Programme", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<ProgrammeAttention>();
    }
}
