using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Authorization;
using TrainingHub.Web.Pages.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Hosting;

public static class PagesSetup
{
    public static IServiceCollection AddTrainingHubPages(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            // Folders belong to roles; a page that anyone may see says so with [AllowAnonymous].
            o.Conventions.AuthorizeFolder("/Practices", PortalPolicies.ProgrammeTeam);
            o.Conventions.AuthorizePage("/Practices/Import", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizeFolder("/Places", PortalPolicies.ProgrammeLead);
            // Self-assessments: everyone signed in reads (the pages filter what); leads start, edit and submit.
            o.Conventions.AuthorizePage("/SelfAssessment/Create", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/SelfAssessment/Edit", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/SelfAssessment/Submit", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/SelfAssessment/Across", PortalPolicies.ProgrammeLead);
            o.Conventions.AddFolderApplicationModelConvention("/SelfAssessment",
                m => m.Filters.Add(new ServiceFilterAttribute(typeof(Pages.SelfAssessment.MaturityMatrixProblemFilter))));
            o.Conventions.AuthorizeFolder("/Facilitation", PortalPolicies.Facilitator);
            o.Conventions.AuthorizePage("/Facilitation/Caseloads", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/Facilitation/EndAssignment", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/Facilitation/Cohorts", PortalPolicies.ProgrammeLead);
            o.Conventions.AddFolderApplicationModelConvention("/Events", Pages.Events.EventsAccess.Apply);
            o.Conventions.AuthorizeFolder("/People", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizeFolder("/Preferences");
            o.Conventions.AuthorizeFolder("/Outbox", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizeFolder("/YourData");
            o.Conventions.AuthorizePage("/YourData/Person", PortalPolicies.ProgrammeLead);
            o.Conventions.AddFolderApplicationModelConvention("/Bookings", Pages.Bookings.BookingsAccess.Apply);
            o.Conventions.AddFolderApplicationModelConvention("/Register", Pages.Register.AttendanceAccess.Apply);
            o.Conventions.AuthorizeFolder("/Coverage", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizeFolder("/Delivery", PortalPolicies.ProgrammeLead);
            o.Conventions.AddFolderApplicationModelConvention("/Feedback", Pages.Feedback.FeedbackAccess.Apply);
            // Trainer records are read by their own trainer (a trainee may not hold the Trainer role yet): checked per record.
            o.Conventions.AuthorizeFolder("/Trainers");
            o.Conventions.AuthorizePage("/Trainers/Index", PortalPolicies.ProgrammeLead);
            o.Conventions.AuthorizePage("/Trainers/Observe", PortalPolicies.Trainer);
            o.Conventions.AuthorizePage("/Trainers/Sessions", PortalPolicies.Trainer);
            o.Conventions.AuthorizePage("/Trainers/Attendees", PortalPolicies.Trainer);
            o.Conventions.AuthorizeFolder("/Programme", PortalPolicies.ProgrammeLead);
        });
        services.AddHttpContextAccessor();
        services.AddScoped<Pages.Practices.PracticeImporter>();
        services.AddSingleton<Pages.Practices.StagedImportFiles>();
        services.AddScoped<Demo.DemoProgramme>();
        services.AddScoped<Demo.National.NationalDataset>();
        services.AddSingleton(sp => Pages.SelfAssessment.MaturityMatrixSource.From(sp.GetRequiredService<IConfiguration>()));
        services.AddScoped<Pages.SelfAssessment.MaturityMatrixProblemFilter>();
        services.AddScoped<Pages.SelfAssessment.SelfAssessmentService>();
        Pages.Facilitation.FacilitationSetup.AddTrainingHubFacilitation(services);
        services.AddTrainingHubEvents();
        Pages.Bookings.BookingsSetup.AddTrainingHubBookings(services);
        Pages.Register.AttendanceSetup.AddTrainingHubAttendance(services);
        Pages.Trainers.TrainersSetup.AddTrainingHubTrainers(services);
        services.AddScoped<Pages.Programme.ProgrammeAttention>();
        services.AddScoped<Pages.Account.AccountMail>();
        Pages.People.PeopleSetup.AddTrainingHubPeople(services);
        services.AddScoped<Pages.YourData.PersonalDataExport>();
        services.AddScoped<Messages.Outbox>();
        services.AddScoped<Messages.OutboxDispatcher>();
        Messages.MessagesSetup.AddTrainingHubMessages(services);
        Pages.Coverage.CoverageSetup.AddTrainingHubCoverage(services);
        Pages.Feedback.FeedbackSetup.AddTrainingHubFeedback(services);
        return services;
    }

    public static void UseTrainingHubPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseDatabaseCommandCount();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }
        else
        {
            app.UseExceptionHandler("/Error");
        }
        app.UseStatusCodePagesWithReExecute("/StatusCode/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapTrainingHubHealth();
        app.MapRazorPages();
        Jobs.JobsDashboard.MapTrainingHubJobsDashboard(app);
        Pages.Coverage.ReportsApi.MapTrainingHubReportsApi(app);
    }
}
