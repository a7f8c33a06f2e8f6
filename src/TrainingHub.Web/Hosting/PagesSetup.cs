
namespace TrainingHub.Web.Hosting;

public static class PagesSetup
{
    public static IServiceCollection AddTrainingHubPages(this IServiceCollection services)
    {
        // Each feature folder declares its own access and services (Pages/<Feature>/<Feature>Feature.cs).
        services.AddRazorPages(o =>
        {
            foreach (var feature in IPagesFeature.All) feature.Authorize(o.Conventions);
        }).AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new FormComponents.DateInputModelBinderProvider()));
        foreach (var feature in IPagesFeature.All) feature.AddServices(services);
        services.AddHttpContextAccessor();
        services.AddScoped<Demo.DemoProgramme>();
        services.AddScoped<Demo.National.NationalDataset>();
        services.AddScoped<Pages.Account.AccountMail>();
        services.AddScoped<Messages.Outbox>();
        services.AddScoped<Messages.OutboxDispatcher>();
        Messages.MessagesSetup.AddTrainingHubMessages(services);
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
