using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// Decides whether an id_token really is the tenant's statement about this sign-in: signed with one of the
/// tenant's published keys, issued by the tenant to this app, in date, carrying the nonce this sign-in began with,
/// and naming the configured tenant in its tid claim.
/// </summary>
public static class IdTokenCheck
{
    public sealed record Result(ClaimsIdentity? Identity, string? Refusal);

    public static async Task<Result> ValidateAsync(
        string? idToken, OpenIdConnectConfiguration configuration, EntraIdOptions registration, string? expectedNonce)
    {
        if (string.IsNullOrEmpty(idToken)) return new(null, "the token response has no id_token");
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(idToken, Parameters(configuration, registration));
        if (!validated.IsValid) return new(null, validated.Exception?.GetType().Name ?? "invalid token");
        var identity = validated.ClaimsIdentity;
        if (!SameSecret(identity.FindFirst("nonce")?.Value, expectedNonce)) return new(null, "the nonce is not this sign-in's");
        if (!Guid.TryParse(identity.FindFirst("tid")?.Value, out var tenant) || tenant != registration.Tenant)
            return new(null, "the tid claim is not the configured tenant");
        return new(identity, null);
    }

    public static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, EntraIdOptions registration) => new()
    {
        ValidIssuer = configuration.Issuer,
        ValidAudience = registration.ClientId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        ValidateIssuerSigningKey = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromMinutes(2),
    };

    private static bool SameSecret(string? actual, string? expected) =>
        actual is not null && expected is not null &&
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(actual), Encoding.UTF8.GetBytes(expected));
}
