using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

/// <summary>
/// Registers belong to leads and trainers (a trainer only for events they are allocated to, checked per session);
/// anyone signed in may check themselves in; the absence report is for leads.
/// </summary>
public static class AttendanceAccess
{
    public static void Apply(PageApplicationModel page)
    {
        var policy = page.ViewEnginePath switch
        {
            "/Register/CheckIn" => null,
            "/Register/Absences" => PortalPolicies.ProgrammeLead,
            _ => PortalPolicies.Trainer,
        };
        if (policy is not null) page.EndpointMetadata.Add(new AuthorizeAttribute(policy));
    }
}

public sealed class RegisterFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AddFolderApplicationModelConvention("/Register", AttendanceAccess.Apply);

    public void AddServices(IServiceCollection services) => services
        .AddScoped<RegisterSessions>()
        .AddScoped<AttendanceRecorder>()
        .AddScoped<WalkIns>()
        .AddScoped<SessionCodes>();
}
