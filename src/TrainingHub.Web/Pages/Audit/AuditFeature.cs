using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Audit;

/// <summary>The audit log (who changed what, sign-ins, leads' reads of others' records) is for programme leads.</summary>
public sealed class AuditFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Audit", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services) => services.AddScoped<AuditSearch>();
}
