using Microsoft.AspNetCore.Mvc.ApplicationModels;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>Facilitators' pages (each checks the practice is on their caseload); caseloads and cohorts are leads'.</summary>
public sealed class FacilitationFeature : IPagesFeature
{
    public void Authorize(PageConventionCollection pages)
    {
        pages.AuthorizeFolder("/Facilitation", PortalPolicies.Facilitator);
        pages.AuthorizePage("/Facilitation/Caseloads", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/Facilitation/EndAssignment", PortalPolicies.ProgrammeLead);
        pages.AuthorizePage("/Facilitation/Cohorts", PortalPolicies.ProgrammeLead);
    }

    public void AddServices(IServiceCollection services)
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
    }
}
