using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.Messages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// Trainer records are read by their own trainer (a trainee may not hold the Trainer role yet), checked per record;
/// the pool is leads'; observing, "your sessions" and attendee lists are trainers'.
/// </summary>
public sealed class TrainersFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Trainers");
        pages.AuthorizePage("/Trainers/Index", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/Trainers/Observe", PortalPolicies.Trainer);
        pages.AuthorizePage("/Trainers/Sessions", PortalPolicies.Trainer);
        pages.AuthorizePage("/Trainers/Attendees", PortalPolicies.Trainer);
    }

    public void AddServices(IServiceCollection services) => services
        .AddScoped<TrainerPathways>()
        .AddScoped<TrainerPool>()
        .AddScoped<TrainerRecords>()
        .AddScoped<QaRecorder>()
        .AddScoped<TrainerSessions>()
        .AddScoped<TrainerReminders>()
        .AddScoped<INotificationRecheck, TrainerReminderRecheck>();
}
