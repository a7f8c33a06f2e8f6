using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Messages;

public static class MessagesSetup
{
    public static IServiceCollection AddTrainingHubMessages(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection("Messages").Get<MessageOptions>() ?? new MessageOptions());
        services.AddScoped<BookingMessageValues>();
        services.AddScoped<BookingReminders>();
        services.AddScoped<INotificationRecheck, BookingRecheck>();
        services.AddScoped<INotificationRecheck, InvitationMessages>();
        services.AddScoped<INotificationAttachments, CalendarInvite>();
        services.AddScoped<FacilitationMessages>();
        services.AddScoped<INotificationRecheck>(sp => sp.GetRequiredService<FacilitationMessages>());
        return services;
    }
}
