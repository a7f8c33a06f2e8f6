using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>The practice register is the programme team's; importing the NHS file is leads'.</summary>
public sealed class PracticesFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Practices", PortalPolicies.ProgrammeTeam);
        pages.AuthorizePage("/Practices/Import", PortalPolicies.ProgrammeLead);
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PracticeImporter>();
        services.AddSingleton<StagedImportFiles>();
    }
}
