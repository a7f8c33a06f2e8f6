using Microsoft.AspNetCore.Authorization;
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
            o.Conventions.AuthorizeFolder("/Preferences");
            o.Conventions.AuthorizeFolder("/Outbox", PortalPolicies.ProgrammeLead);
        });
        services.AddHttpContextAccessor();
        services.AddScoped<Pages.Practices.PracticeImporter>();
        services.AddSingleton<Pages.Practices.StagedImportFiles>();
        services.AddScoped<Demo.DemoProgramme>();
        services.AddScoped<Pages.Notifications.Outbox>();
        services.AddScoped<Pages.Notifications.OutboxDispatcher>();
        return services;
    }

    public static void UseTrainingHubPipeline(this WebApplication app)
    {
        app.UseMiddleware<CorrelationIdMiddleware>();
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
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapTrainingHubHealth();
        app.MapRazorPages();
    }
}
