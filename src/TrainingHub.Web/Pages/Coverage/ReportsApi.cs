using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authorization;
using TrainingHub.Web.Pages.Delivery;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>
/// Read-only JSON for BI tools: /api/coverage and /api/delivery, the same reports the pages show. Programme leads
/// only; a machine gets 401 or 403 rather than the sign-in page's redirect, so the endpoints opt out of the
/// fallback policy (which would redirect) and check the lead policy themselves.
/// </summary>
public static class ReportsApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void MapTrainingHubReportsApi(this WebApplication app)
    {
        app.MapGet("/api/coverage", async (HttpContext http, IAuthorizationService authorization, CoverageReports reports) =>
            await LeadOnlyAsync(http, authorization) ?? Results.Json(await reports.BuildAsync(http.RequestAborted), Json))
            .AllowAnonymous();
        app.MapGet("/api/delivery", async (HttpContext http, IAuthorizationService authorization, DeliveryReports reports) =>
            await LeadOnlyAsync(http, authorization) ?? Results.Json(await reports.BuildAsync(http.RequestAborted), Json))
            .AllowAnonymous();
    }

    public static JsonSerializerOptions JsonOptions => Json;

    private static async Task<IResult?> LeadOnlyAsync(HttpContext http, IAuthorizationService authorization)
    {
        if (http.User.Identity?.IsAuthenticated != true) return Results.Json(new { error = "Sign in as a programme lead." }, Json, statusCode: StatusCodes.Status401Unauthorized);
        var lead = await authorization.AuthorizeAsync(http.User, PortalPolicies.ProgrammeLead);
        return lead.Succeeded ? null : Results.Json(new { error = "For programme leads only." }, Json, statusCode: StatusCodes.Status403Forbidden);
    }
}
