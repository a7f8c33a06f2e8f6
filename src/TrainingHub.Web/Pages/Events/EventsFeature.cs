using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Events;

/// <summary>
/// The Events folder belongs to programme leads, except the pages attendees use to find and follow events, and the
/// message to attendees, which an event's own trainers may write too.
/// </summary>
public static class EventsAccess
{
    public static readonly string[] OpenToEveryoneSignedIn = ["/Events/Index", "/Events/Details", "/Events/Calendar"];

    /// <summary>Pages a trainer may open too, for the events they are allocated to (the page checks which).</summary>
    public static readonly string[] OpenToTrainers = ["/Events/Message"];

    public static void Apply(PageApplicationModel page)
    {
        if (OpenToEveryoneSignedIn.Contains(page.ViewEnginePath)) return;
        var policy = OpenToTrainers.Contains(page.ViewEnginePath) ? PortalPolicies.Trainer : PortalPolicies.ProgrammeLead;
        page.EndpointMetadata.Add(new AuthorizeAttribute(policy));
    }
}

public sealed class EventsFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages) => pages.AddFolderApplicationModelConvention("/Events", EventsAccess.Apply);

    public void AddServices(IServiceCollection services) => services
        .AddScoped<EventEditor>()
        .AddScoped<EventActions>()
        .AddScoped<EventHistory>()
        .AddScoped<EventsAtVenue>()
        .AddScoped<EventCalendar>()
        .AddScoped<TrainerDirectory>()
        .AddScoped<EventPlaces>()
        .AddScoped<YourPlaces>()
        .AddScoped<EventMessages>()
        .AddScoped<INotificationRecheck, EventMessageRecheck>()
        .AddScoped<Calendar.CalendarFeeds>();
}
