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

    public bool EntraIdConfigured => EntraId is { ClientId.Length: > 0, TenantId.Length: > 0 };

    public bool LocalAccountsEnabled(IHostEnvironment environment) => LocalAccounts ?? environment.IsDevelopment();

    public static PortalAuthenticationOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<PortalAuthenticationOptions>() ?? new PortalAuthenticationOptions();

    /// <summary>Outside Development a portal with no configured way in would be useless or, worse, open: refuse to start.</summary>
    public void EnsureUsable(IHostEnvironment environment)
    {
        if (environment.IsDevelopment()) return;
        if (!LocalAccountsEnabled(environment) && !EntraIdConfigured)
            throw new InvalidOperationException(
                "No sign-in method is configured. Set Authentication:LocalAccounts to true, or configure Authentication:EntraId " +
                "(TenantId, ClientId and ClientSecret).");
    }
}

/// <summary>The "Authentication:EntraId" section: the portal's app registration in the organisation's tenant.</summary>
public sealed class EntraIdOptions
{
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }
    /// <summary>Default: the tenant's v2.0 authority at login.microsoftonline.com.</summary>
    public string? Authority { get; set; }
    public string CallbackPath { get; set; } = "/signin-entra";
    public string AuthorityUrl => (Authority ?? $"https://login.microsoftonline.com/{TenantId}/v2.0").TrimEnd('/');
}
