using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Abstractions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// How the portal proves itself when the OpenID Connect handler redeems the code. A client secret Identity.Web
/// already hands to the handler. A certificate (Microsoft's advice for production: its private key never leaves the
/// server) is loaded by Identity.Web's credential loader from ClientCredentials (a file, the store by thumbprint, or
/// Base64) and signs a client assertion, as MSAL would if the portal called APIs on the person's behalf.
/// </summary>
public sealed class EntraIdCodeRedemption(EntraIdOptions registration)
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly DefaultCredentialsLoader loader = new();

    public async Task AddCredentialAsync(AuthorizationCodeReceivedContext context)
    {
        var credential = registration.ClientCredentials.FirstOrDefault();
        if (credential is null || credential.CredentialType == CredentialType.Secret) return;
        await loader.LoadCredentialsIfNeededAsync(credential);
        var certificate = credential.Certificate
            ?? throw new InvalidOperationException("The Entra ID client certificate in ClientCredentials could not be loaded.");
        var configuration = await context.Options.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
        var request = context.TokenEndpointRequest!;
        request.ClientSecret = null;
        request.ClientAssertionType = AssertionType;
        request.ClientAssertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = registration.ClientId,
            Audience = configuration.TokenEndpoint,
            Subject = new ClaimsIdentity([new Claim("sub", registration.ClientId), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            SigningCredentials = new X509SigningCredentials(certificate),
        });
    }
}
