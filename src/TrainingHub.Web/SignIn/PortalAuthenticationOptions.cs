using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.SignIn;

/// <summary>The "Authentication" section of configuration: which ways in the portal offers.</summary>
public sealed class PortalAuthenticationOptions
{
    public const string Section = "Authentication";

    /// <summary>
    /// Email and password accounts. On by default only in Development; elsewhere it must be asked for,
    /// and with Entra ID configured it can be switched off so that everyone signs in through the tenant.
    /// </summary>
    public bool? LocalAccounts { get; set; }

    /// <summary>Secure-only cookies. Default: everywhere but Development (which may run on plain http).</summary>
    public bool? SecureCookies { get; set; }

    public EntraIdOptions? EntraId { get; set; }

    /// <summary>True when the section is present at all; <see cref="EnsureUsable"/> refuses it unless it is complete.</summary>
    public bool EntraIdConfigured => EntraId is not null && EntraId.IsPresent;

    public bool LocalAccountsEnabled(IHostEnvironment environment) => LocalAccounts ?? environment.IsDevelopment();

    public static PortalAuthenticationOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<PortalAuthenticationOptions>() ?? new PortalAuthenticationOptions();

    /// <summary>Outside Development a portal with no configured way in would be useless or, worse, open: refuse to start.</summary>
    public void EnsureUsable(IHostEnvironment environment)
    {
        // A half-filled app registration would show a button that cannot work: refuse it in every environment.
        if (EntraId?.Problems() is { Count: > 0 } problems)
            throw new InvalidOperationException("Authentication:EntraId is incomplete: " + string.Join(" ", problems));
        if (environment.IsDevelopment()) return;
        if (!LocalAccountsEnabled(environment) && !EntraIdConfigured)
            throw new InvalidOperationException(
                "No sign-in method is configured. Set Authentication:LocalAccounts to true, or configure Authentication:EntraId " +
                "(TenantId, ClientId, and ClientSecret or a certificate).");
    }
}
