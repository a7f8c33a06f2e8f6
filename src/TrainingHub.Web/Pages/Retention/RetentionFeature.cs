using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Retention;

/// <summary>What the retention schedule will do next is for programme leads; the schedule is checked at start-up.</summary>
public sealed class RetentionFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Retention", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services) => RetentionOptions.AddTo(services);
}
