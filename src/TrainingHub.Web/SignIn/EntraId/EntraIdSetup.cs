using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The one place Entra ID sign-in is wired. Everything it needs lives in this folder, so a package such as
/// Microsoft.Identity.Web can replace it here without touching pages: they only challenge
/// <see cref="EntraIdOptions.Scheme"/> and hand the external sign-in to <see cref="EntraIdAccounts"/>.
/// </summary>
public static class EntraIdSetup
{
    public static IServiceCollection AddTrainingHubEntraId(
        this IServiceCollection services, PortalAuthenticationOptions authentication, CookieSecurePolicy cookiePolicy)
    {
        services.AddScoped<DirectoryRoles>();
        services.AddScoped<EntraIdAccounts>();
        if (!authentication.EntraIdConfigured) return services;
        var registration = authentication.EntraId!;
        services.AddAuthentication().AddOAuth<EntraIdOAuthOptions, EntraIdHandler>(EntraIdOptions.Scheme, "NHS organisation account", o =>
        {
            o.Registration = registration;
            o.ClientId = registration.ClientId;
            o.CallbackPath = registration.CallbackPath;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.UsePkce = true;
            o.SaveTokens = false;
            o.Scope.Clear();
            foreach (var scope in new[] { "openid", "profile", "email" }) o.Scope.Add(scope);
            o.Discovery = Discovery(registration);
            o.Credential = new ClientCredential(registration);
            // The provider's redirect back is a top-level cross-site GET: Lax is enough, and secure like every other cookie.
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.CorrelationCookie.SecurePolicy = cookiePolicy;
            o.Events.OnRemoteFailure = RefuseAsync;
        });
        return services;
    }

    private static ConfigurationManager<OpenIdConnectConfiguration> Discovery(EntraIdOptions registration)
    {
        var loopback = new Uri(registration.MetadataAddress).IsLoopback;
        var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        // Only a provider on this machine (a test or a developer's own) may speak plain http.
        return new ConfigurationManager<OpenIdConnectConfiguration>(
            registration.MetadataAddress, new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever(http) { RequireHttps = !loopback });
    }

    /// <summary>Any failure after the provider's redirect (refused token, cancelled consent, stale state) ends on the refusal page.</summary>
    private static Task RefuseAsync(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraIdSetup));
        logger.LogWarning("Entra ID sign-in refused: {Reason}", context.Failure?.Message);
        var cancelled = context.Request.Query["error"] == "access_denied";
        context.Response.Redirect(((EntraIdOAuthOptions)context.Options).Registration.RefusalPath(cancelled ? "cancelled" : "refused"));
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
