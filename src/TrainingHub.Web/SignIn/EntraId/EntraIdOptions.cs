using Microsoft.Identity.Abstractions;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The "Authentication:EntraId" section: the portal's app registration in the organisation's tenant. Microsoft.Identity.Web
/// reads the same section (Instance, TenantId, ClientId, CallbackPath, ClientCredentials); this class checks it is
/// complete before the portal starts and carries the portal's own settings.
/// </summary>
public sealed class EntraIdOptions
{
    public const string Scheme = "EntraId";
    public const string SectionPath = PortalAuthenticationOptions.Section + ":EntraId";
    public const string DefaultInstance = "https://login.microsoftonline.com/";
    /// <summary>The page that tells a person why an Entra ID sign-in did not let them in.</summary>
    public const string RefusalPage = "/Account/EntraRefused";

    public string Instance { get; set; } = DefaultInstance;
    /// <summary>The Directory (tenant) ID: a GUID, so a token from any other tenant is refused.</summary>
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string CallbackPath { get; set; } = "/signin-entra";
    /// <summary>How the portal proves itself when it redeems the code: a secret or a certificate (Identity.Web's form).</summary>
    public List<CredentialDescription> ClientCredentials { get; set; } = [];
    /// <summary>A person the portal does not know yet may join as an attendee by choosing their practice. Leads can switch it off.</summary>
    public bool SelfRegistration { get; set; } = true;
    /// <summary>Signing out of the portal also ends the person's Entra session (they are sent to the tenant's sign-out page).</summary>
    public bool SignOutOfEntra { get; set; } = true;

    public static string RefusalPath(string problem) => $"{RefusalPage}?problem={Uri.EscapeDataString(problem)}";
    public Guid Tenant => Guid.TryParse(TenantId, out var tenant) ? tenant : Guid.Empty;

    public bool IsPresent =>
        !string.IsNullOrWhiteSpace(TenantId) || !string.IsNullOrWhiteSpace(ClientId) || ClientCredentials.Count > 0;

    /// <summary>What is missing or wrong, in words an administrator can act on; empty when complete or absent.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent) return [];
        var problems = new List<string>();
        if (!Guid.TryParse(TenantId, out _))
            problems.Add("Set TenantId to the Directory (tenant) ID, a GUID from the app registration's Overview.");
        if (string.IsNullOrWhiteSpace(ClientId))
            problems.Add("Set ClientId to the Application (client) ID from the app registration's Overview.");
        if (ClientCredentials.Count == 0)
            problems.Add("Add one entry to ClientCredentials: a ClientSecret, or a certificate (CertificateDiskPath, CertificateStorePath with CertificateThumbprint, or Base64EncodedValue).");
        if (ClientCredentials.Count > 1)
            problems.Add("Give only one entry in ClientCredentials.");
        if (!Uri.TryCreate(Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
            problems.Add("Instance must be an https address, e.g. https://login.microsoftonline.com/.");
        if (!CallbackPath.StartsWith('/'))
            problems.Add("CallbackPath must start with a slash, e.g. /signin-entra.");
        return problems;
    }
}
