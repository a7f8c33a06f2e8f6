using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>
/// People and where they work. The /People folder is leads' (a lead covers every place, so edits anyone); a person
/// corrects their own practice and job role on /Account/Practice, which always means the signed-in person.
/// </summary>
public sealed class PeopleFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AuthorizeFolder("/People", PortalPolicies.ProgrammeLead);

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<Invitations>();
        services.AddScoped<RoleGrants>();
        services.AddScoped<AccountSwitch>();
        services.AddScoped<PracticeMemberships>();
        services.AddScoped<WorkplaceChoice>();
        services.AddScoped<PracticeHistory>();
        services.AddScoped<StaffListUpload>();
    }
}
