namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>The "Authentication:EntraId" section: the portal's app registration in the organisation's tenant.</summary>
public sealed class EntraIdOptions
{
    public const string Scheme = "EntraId";
    public const string DefaultInstance = "https://login.microsoftonline.com/";
    /// <summary>The page that finishes a sign-in: links the account, or explains why not.</summary>
    public const string FinishPage = "/Account/EntraCallback";

    public string Instance { get; set; } = DefaultInstance;
    /// <summary>The Directory (tenant) ID: a GUID, so the token's tid claim can be checked against it.</summary>
    public string TenantId { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }
    /// <summary>A .pfx file with the private key, used instead of a secret (its public part uploaded to the app registration).</summary>
    public string? CertificatePath { get; set; }
    public string? CertificatePassword { get; set; }
    /// <summary>Or a certificate in the current user's or machine's personal store, found by thumbprint.</summary>
    public string? CertificateThumbprint { get; set; }
    /// <summary>Overrides Instance + TenantId, e.g. a sovereign cloud's authority. Default: {Instance}{TenantId}/v2.0.</summary>
    public string? Authority { get; set; }
    public string CallbackPath { get; set; } = "/signin-entra";

    public string AuthorityUrl => (Authority ?? $"{Instance.TrimEnd('/')}/{TenantId}/v2.0").TrimEnd('/');
    public string MetadataAddress => AuthorityUrl + "/.well-known/openid-configuration";
    public string RefusalPath(string problem) => $"{FinishPage}?problem={Uri.EscapeDataString(problem)}";
    public Guid Tenant => Guid.TryParse(TenantId, out var tenant) ? tenant : Guid.Empty;

    public bool IsPresent =>
        new[] { TenantId, ClientId, ClientSecret, CertificatePath, CertificateThumbprint }.Any(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>What is missing or wrong, in words an administrator can act on; empty when complete or absent.</summary>
    public IReadOnlyList<string> Problems()
    {
        if (!IsPresent) return [];
        var problems = new List<string>();
        if (!Guid.TryParse(TenantId, out _))
            problems.Add("Set TenantId to the Directory (tenant) ID, a GUID from the app registration's Overview.");
        if (string.IsNullOrWhiteSpace(ClientId))
            problems.Add("Set ClientId to the Application (client) ID from the app registration's Overview.");
        var credentials = new[] { ClientSecret, CertificatePath, CertificateThumbprint }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (credentials == 0)
            problems.Add("Set ClientSecret, or CertificatePath (a .pfx), or CertificateThumbprint.");
        if (credentials > 1)
            problems.Add("Set only one of ClientSecret, CertificatePath and CertificateThumbprint.");
        if (!Uri.TryCreate(AuthorityUrl, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback))
            problems.Add("Instance (or Authority) must be an https address.");
        if (!CallbackPath.StartsWith('/'))
            problems.Add("CallbackPath must start with a slash, e.g. /signin-entra.");
        return problems;
    }
}
