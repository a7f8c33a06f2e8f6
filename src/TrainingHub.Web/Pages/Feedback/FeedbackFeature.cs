using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>
/// Everyone signed in gives their own feedback; trainers and leads read reports (trainers only on their own events);
/// only leads see who has not answered, the programme's training needs and the question settings.
/// </summary>
public static class FeedbackAccess
{
    public static readonly string[] LeadsOnly = ["/Feedback/NonResponders", "/Feedback/Needs", "/Feedback/Questions"];

    public static void Apply(PageApplicationModel page)
    {
        if (LeadsOnly.Contains(page.ViewEnginePath)) page.EndpointMetadata.Add(new AuthorizeAttribute(PortalPolicies.ProgrammeLead));
        else if (page.ViewEnginePath == "/Feedback/Reports") page.EndpointMetadata.Add(new AuthorizeAttribute(PortalPolicies.Trainer));
        else page.EndpointMetadata.Add(new AuthorizeAttribute());
    }
}

public sealed class FeedbackFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AddFolderApplicationModelConvention("/Feedback", FeedbackAccess.Apply);

    public void AddServices(IServiceCollection services) => services
        .AddScoped<FeedbackForms>()
        .AddScoped<FeedbackReports>()
        .AddScoped<FeedbackChase>();
}
