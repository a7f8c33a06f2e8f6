using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>The Events folder belongs to programme leads, except the pages attendees use to find and follow events.</summary>
public static class EventsAccess
{
    public static readonly string[] OpenToEveryoneSignedIn = ["/Events/Index", "/Events/Details", "/Events/Calendar"];

    public static void Apply(PageApplicationModel page)
    {
        if (!OpenToEveryoneSignedIn.Contains(page.ViewEnginePath))
            page.EndpointMetadata.Add(new AuthorizeAttribute(PortalPolicies.ProgrammeLead));
    }
}

public sealed class EventsFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AddFolderApplicationModelConvention("/Events", EventsAccess.Apply);

    public void AddServices(IServiceCollection services) => services
        .AddScoped<EventEditor>()
        .AddScoped<EventActions>()
        .AddScoped<EventHistory>()
        .AddScoped<EventCalendar>()
        .AddScoped<TrainerDirectory>()
        .AddScoped<EventPlaces>()
        .AddScoped<YourPlaces>()
        .AddScoped<Calendar.CalendarFeeds>();
}
