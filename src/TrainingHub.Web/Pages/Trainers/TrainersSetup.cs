using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.Trainers;

public static class TrainersSetup
{
    public static IServiceCollection AddTrainingHubTrainers(this IServiceCollection services) => services
        .AddScoped<TrainerPathways>()
        .AddScoped<TrainerPool>()
        .AddScoped<TrainerRecords>()
        .AddScoped<QaRecorder>()
        .AddScoped<TrainerSessions>()
        .AddScoped<TrainerReminders>()
        .AddScoped<INotificationRecheck, TrainerReminderRecheck>();
}
