using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Identity.Web;
using Microsoft.Identity.Web.Resource;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The one place Entra ID sign-in is wired: Microsoft.Identity.Web on the framework's OpenID Connect handler checks
/// the tokens (signature against the tenant's published keys, Entra's issuer validator, audience, lifetime, nonce,
/// PKCE); the portal's own rules about who gets in run once every one of those checks has passed
/// (<see cref="EntraIdSignInRules"/>).
/// Entra ID is an external sign-in beside ASP.NET Core Identity's local accounts.
/// </summary>
public static class EntraIdSetup
{
    public static IServiceCollection AddTrainingHubEntraId(
        this IServiceCollection services, IConfiguration configuration, PortalAuthenticationOptions authentication, CookieSecurePolicy cookiePolicy)
    {
        services.AddScoped<DirectoryRoles>();
        services.AddScoped<EntraIdAccounts>();
        services.AddScoped<Pages.Account.SelfRegistration>();
        if (!authentication.EntraIdConfigured) return services;
        var section = configuration.GetSection(EntraIdOptions.SectionPath);
        var registration = authentication.EntraId!;
        services.AddAuthentication().AddMicrosoftIdentityWebApp(
            o =>
            {
                section.Bind(o);
                o.CallbackPath = registration.CallbackPath;
                // The portal reads Entra's own claim names (tid, oid, roles), so none is renamed.
                o.MapInboundClaims = false;
            },
            cookieScheme: null, openIdConnectScheme: EntraIdOptions.Scheme, displayName: EntraIdAccounts.DisplayName);
        services.AddSingleton(new EntraIdCodeRedemption(registration));
        // One named client for every call to the tenant: the handler's metadata and token requests, and the issuer
        // validator's own metadata reads.
        services.AddHttpClient(EntraIdOptions.Scheme);
        services.Configure<AadIssuerValidatorOptions>(o => o.HttpClientName = EntraIdOptions.Scheme);
        // Registered after Identity.Web's own configuration, so it sees (and wraps) the events Identity.Web set.
        services.AddOptions<OpenIdConnectOptions>(EntraIdOptions.Scheme).Configure<IHttpMessageHandlerFactory>((o, handlers) =>
        {
            o.BackchannelHttpHandler = handlers.CreateHandler(EntraIdOptions.Scheme);
            Configure(o, cookiePolicy);
        });
        return services;
    }

    private static void Configure(OpenIdConnectOptions o, CookieSecurePolicy cookiePolicy)
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        // Entra's front-channel sign-out ends the portal session, not just the external cookie.
        o.SignOutScheme = IdentityConstants.ApplicationScheme;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = true;
        // Entra's metadata offers no pushed authorization endpoint; the request travels in the browser's redirect.
        o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = false;
        o.Scope.Clear();
        foreach (var scope in new[] { "openid", "profile", "email" }) o.Scope.Add(scope);
        // The portal reads Entra's own claim names (tid, oid, roles); app roles arrive in "roles".
        o.MapInboundClaims = false;
        o.TokenValidationParameters.RoleClaimType = "roles";
        o.TokenValidationParameters.NameClaimType = "name";
        o.SignedOutRedirectUri = "/";
        // The provider's redirect back is a top-level cross-site GET: Lax is enough, and secure like every other cookie.
        foreach (var cookie in new[] { o.CorrelationCookie, o.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = cookiePolicy;
        }
        // Identity.Web's own handlers run first; the portal's step runs only if they neither answered nor refused.
        // The rules hook on TicketReceived, not TokenValidated: in the code flow the handler checks the nonce only
        // after TokenValidated, and nothing may be linked, granted or signed in before that check.
        var ticketReceived = o.Events.OnTicketReceived;
        o.Events.OnTicketReceived = async context =>
        {
            await ticketReceived(context);
            if (context.Result is null) await EntraIdSignInRules.ApplyAsync(context);
        };
        var codeReceived = o.Events.OnAuthorizationCodeReceived;
        o.Events.OnAuthorizationCodeReceived = async context =>
        {
            await codeReceived(context);
            if (context.Result is null && !context.HandledCodeRedemption)
                await context.HttpContext.RequestServices.GetRequiredService<EntraIdCodeRedemption>().AddCredentialAsync(context);
        };
        o.Events.OnRemoteFailure = RefuseAsync;
    }

    /// <summary>Any failure after the provider's redirect (refused token, cancelled consent, stale state) ends on the refusal page.</summary>
    private static Task RefuseAsync(RemoteFailureContext context)
    {
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraIdSetup));
        logger.LogWarning("Entra ID sign-in refused: {Reason}", context.Failure?.Message);
        var cancelled = context.Request.Query["error"] == "access_denied";
        context.Response.Redirect(EntraIdOptions.RefusalPath(cancelled ? "cancelled" : "refused"));
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
