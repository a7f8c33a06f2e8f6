using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.SignIn;

public static class SignInSetup
{
    /// <param name="servesPages">
    /// False for a command (migrate, import-practices, ...): it runs once and signs nobody in, so it must not refuse to
    /// start because the portal has no sign-in method configured yet.
    /// </param>
    public static IServiceCollection AddTrainingHubSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment,
        bool servesPages = true)
    {
        var authentication = PortalAuthenticationOptions.From(configuration);
        if (servesPages) authentication.EnsureUsable(environment);
        services.AddSingleton(authentication);
        services.AddSingleton(SignInMethods.From(authentication, environment));
        var secureCookies = authentication.SecureCookies ?? !environment.IsDevelopment();
        var cookiePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddIdentity<PortalUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // Length over composition (NCSC password guidance): a long passphrase beats "Passw0rd!".
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 5;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedEmail = false;
                // "Confirmed" here means the person is active: see ActivePersonConfirmation.
                o.SignIn.RequireConfirmedAccount = true;
            })
            .AddEntityFrameworkStores<TrainingHubDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();
        services.AddScoped<IUserConfirmation<PortalUser>, ActivePersonConfirmation>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/SignIn";
            o.LogoutPath = "/Account/SignOut";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "TrainingHub.Auth";
            o.Cookie.HttpOnly = true;
            // Lax, not Strict: the single sign-on callback arrives as a cross-site navigation and must find the session.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = cookiePolicy;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnSignedIn = LogSignInAsync;
        });

        services.ConfigureExternalCookie(o =>
        {
            o.Cookie.SecurePolicy = cookiePolicy;
            // Long enough for someone new to find their practice on the registration page.
            o.ExpireTimeSpan = TimeSpan.FromMinutes(20);
        });
        services.AddTrainingHubEntraId(configuration, authentication, cookiePolicy);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o => o.Cookie.SecurePolicy = cookiePolicy);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, o => o.Cookie.SecurePolicy = cookiePolicy);
        // Disabling a person, revoking their roles or "sign out everywhere" reaches every open session within a minute.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromSeconds(configuration.GetValue("Authentication:SessionCheckSeconds", 60));
            // A refreshed session still knows it began at Entra ID (for signing out there too).
            o.OnRefreshingPrincipal = context =>
            {
                var kept = context.CurrentPrincipal?.Claims.Where(c => EntraIdAccounts.SessionClaims.Contains(c.Type)) ?? [];
                (context.NewPrincipal?.Identity as ClaimsIdentity)?.AddClaims(kept.Select(c => new Claim(c.Type, c.Value)));
                return Task.CompletedTask;
            };
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "TrainingHub.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = cookiePolicy;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
            o.ExcludedHosts.Clear();
        });
        services.AddTrainingHubRateLimits(configuration);
        services.AddTrainingHubDataProtection();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggedAuthorizationResults>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(PortalPolicies.ProgrammeLead, p => p.RequireRole(PortalRoles.ProgrammeLead))
            .AddPolicy(PortalPolicies.Trainer, p => p.RequireRole(PortalRoles.Trainer, PortalRoles.ProgrammeLead))
            .AddPolicy(PortalPolicies.Facilitator, p => p.RequireRole(PortalRoles.Facilitator, PortalRoles.ProgrammeLead))
            .AddPolicy(PortalPolicies.ProgrammeTeam, p => p.RequireRole(PortalRoles.Granted));
        return services;
    }

    public static int? PersonId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(PortalClaims.PersonId), out var id) ? id : null;

    /// <summary>
    /// Every way in (password, two-step code, Entra ID, registering) ends in this cookie, so sign-ins are logged here once.
    /// A signed-in person whose cookie is re-issued (after changing their password) has not signed in again.
    /// </summary>
    private static async Task LogSignInAsync(CookieSignedInContext context)
    {
        if (context.HttpContext.User.Identity?.IsAuthenticated == true || context.Principal?.PersonId() is not { } personId) return;
        var how = context.Principal.FindFirst("amr")?.Value ?? context.Principal.FindFirst(System.Security.Claims.ClaimTypes.AuthenticationMethod)?.Value ?? "unknown";
        await context.HttpContext.RequestServices.GetRequiredService<Audit.AuditLog>().SignedInAsync(personId, how);
    }
}

/// <summary>Adds the person's id to the sign-in so pages know whose records are whose without a lookup.</summary>
public sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, Microsoft.Extensions.Options.IOptions<IdentityOptions> options, TrainingHubDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.PersonId, user.PersonId.ToString()));
        // Place-scoped grants ride along as "Role:placeId", so pages can check a scope without a lookup.
        var scoped = await db.RoleGrants.AsNoTracking().Where(g => g.PersonId == user.PersonId && g.PlaceId != null)
            .Select(g => g.Role + ":" + g.PlaceId).ToListAsync();
        identity.AddClaims(scoped.Select(s => new Claim(PortalClaims.RoleInPlace, s)));
        return identity;
    }
}

/// <summary>A person a programme lead has switched off cannot sign in, whatever their password.</summary>
public sealed class ActivePersonConfirmation(TrainingHubDbContext db) : IUserConfirmation<PortalUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<PortalUser> manager, PortalUser user) =>
        db.People.AnyAsync(p => p.Id == user.PersonId && p.IsActive);
}
