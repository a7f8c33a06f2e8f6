using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>Everyone signed in downloads their own data; a lead's copy of someone else's (a subject access request) and erasure are leads'.</summary>
public sealed class YourDataFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/YourData");
        pages.AuthorizePage("/YourData/Person", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/YourData/Erase", PortalPolicies.ProgrammeLead);
    }

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<PersonalDataExport>();
        services.AddScoped<Erasure>();
    }
}
