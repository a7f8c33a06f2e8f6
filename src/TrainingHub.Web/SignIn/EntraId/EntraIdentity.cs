using System.Security.Claims;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>Who a validated id_token says signed in: the directory's identifiers, a work email we trust, and app roles.</summary>
public sealed record EntraIdentity(Guid TenantId, Guid ObjectId, string? VerifiedEmail, IReadOnlyList<string> AppRoles, string? Name = null)
{
    /// <summary>The claims kept for someone who is about to register themselves: who they are, nothing they could use.</summary>
    public static readonly string[] RegistrationClaims = ["tid", "oid", "name", "preferred_username", "email", "xms_edov", "idp", "iss"];

    /// <summary>The key stored against the account: object ids are unique only within a tenant.</summary>
    public string LoginKey => $"{TenantId:D}/{ObjectId:D}";

    public static EntraIdentity? From(ClaimsPrincipal principal)
    {
        if (!Guid.TryParse(principal.FindFirstValue("tid"), out var tenant) || !Guid.TryParse(principal.FindFirstValue("oid"), out var objectId))
            return null;
        var roles = principal.FindAll("roles").Select(c => c.Value).ToList();
        return new EntraIdentity(tenant, objectId, VerifiedEmailOf(principal), roles, principal.FindFirstValue("name"));
    }

    /// <summary>
    /// Entra's <c>email</c> claim is whatever is typed in the user's profile, so alone it proves nothing. We trust:
    /// <c>email</c> when <c>xms_edov</c> is true (Entra says the domain's owner verified it), otherwise
    /// <c>preferred_username</c> for a member of the tenant (no <c>idp</c> claim from elsewhere): it is their sign-in
    /// name (UPN), whose domain Entra only allows if the tenant has verified owning it. A guest's address was
    /// verified by nobody here, so a guest without <c>xms_edov</c> has no trusted email.
    /// </summary>
    public static string? VerifiedEmailOf(ClaimsPrincipal principal)
    {
        var email = principal.FindFirstValue("email");
        if (string.Equals(principal.FindFirstValue("xms_edov"), "true", StringComparison.OrdinalIgnoreCase) && LooksLikeEmail(email))
            return email!.Trim().ToLowerInvariant();
        var idp = principal.FindFirstValue("idp");
        var member = idp is null || idp == principal.FindFirstValue("iss");
        var username = principal.FindFirstValue("preferred_username");
        return member && LooksLikeEmail(username) ? username!.Trim().ToLowerInvariant() : null;
    }

    private static bool LooksLikeEmail(string? value) =>
        value is not null && value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Contains('#');
}
