namespace TrainingHub.Web.Hosting;

/// <summary>
/// Headers every response carries. The Content-Security-Policy allows scripts and styles only from the portal's
/// own files (no inline script or style anywhere but the jobs dashboard's style), and no framing. Pages seen signed in are never stored by a
/// browser or proxy, so the back button on a shared computer does not show someone else's records.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Read before the dashboard, mounted at its own path base, changes the request's path.
        var policy = Jobs.JobsDashboard.Serves(context.Request.Path) ? Jobs.JobsDashboard.ContentSecurityPolicy : ContentSecurityPolicy;
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            if (context.User.Identity?.IsAuthenticated == true)
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}
