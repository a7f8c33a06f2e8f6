using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Places;

/// <summary>Places (the programme's areas) are named and kept by leads.</summary>
public sealed class PlacesFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/Places", PortalPolicies.ProgrammeLead);
}
