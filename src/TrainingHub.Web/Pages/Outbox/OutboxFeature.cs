using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Outbox;

/// <summary>The outbox (every message the portal sends) is for leads.</summary>
public sealed class OutboxFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Outbox", PortalPolicies.ProgrammeLead);
}
