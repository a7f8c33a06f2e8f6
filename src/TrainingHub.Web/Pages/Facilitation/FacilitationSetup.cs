namespace TrainingHub.Web.Pages.Facilitation;

public static class FacilitationSetup
{
    public static IServiceCollection AddTrainingHubFacilitation(this IServiceCollection services)
    {
        services.AddScoped<Caseloads>();
        services.AddScoped<PracticeTimeline>();
        services.AddScoped<JourneyRecorder>();
        services.AddScoped<Visits.VisitLog>();
        services.AddScoped<Reviews.FidelityReviewService>();
        services.AddScoped<FacilitationReminders>();
        // The practice timeline's sources; training attended (bookings) registers one more here.
        services.AddScoped<IPracticeTimelineSource, VisitTimelineSource>();
        services.AddScoped<IPracticeTimelineSource, ReviewTimelineSource>();
        services.AddScoped<IPracticeTimelineSource, JourneyTimelineSource>();
        return services;
    }
}
