using Hangfire;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Jobs;

/// <summary>
/// The Hangfire Dashboard is the jobs page: recurring jobs with their schedules and last and next runs, each run's
/// outcome, failures with their errors, and "trigger now". Programme leads only; antiforgery stays on (Hangfire
/// uses the portal's own antiforgery service); the storage's connection string is never shown.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/Jobs";

    /// <summary>
    /// The dashboard's markup sets colours with style attributes and its chart library adds a style element, so
    /// inline style is allowed here and nowhere else; scripts stay the dashboard's own files.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static bool Serves(PathString path) => path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase);

    public static void MapTrainingHubJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboardWithAuthorizationPolicy(PortalPolicies.ProgrammeLead, Path, new DashboardOptions
        {
            DashboardTitle = "TrainingHub background jobs",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            DarkModeEnabled = false,
        });
}
