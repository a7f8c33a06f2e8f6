using System.Security.Claims;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// How the portal proves itself at the token endpoint: a client secret, or a signed client assertion from a
/// certificate (Microsoft's recommendation for production, as a certificate's private key never leaves the server).
/// </summary>
public sealed class ClientCredential(EntraIdOptions registration)
{
    private const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private readonly Lazy<X509Certificate2?> certificate = new(() => LoadCertificate(registration));

    public void AddTo(IDictionary<string, string> form, string tokenEndpoint, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(registration.ClientSecret))
        {
            form["client_secret"] = registration.ClientSecret;
            return;
        }
        form["client_assertion_type"] = AssertionType;
        form["client_assertion"] = Assertion(tokenEndpoint, now);
    }

    public string Assertion(string tokenEndpoint, DateTimeOffset now)
    {
        var signingCertificate = certificate.Value ?? throw new InvalidOperationException("No Entra ID client certificate could be loaded.");
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = registration.ClientId,
            Audience = tokenEndpoint,
            Subject = new ClaimsIdentity([new Claim("sub", registration.ClientId), new Claim("jti", Guid.NewGuid().ToString("N"))]),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(5).UtcDateTime,
            SigningCredentials = new X509SigningCredentials(signingCertificate),
        });
    }

    private static X509Certificate2? LoadCertificate(EntraIdOptions registration)
    {
        if (!string.IsNullOrWhiteSpace(registration.CertificatePath))
            return X509CertificateLoader.LoadPkcs12FromFile(registration.CertificatePath, registration.CertificatePassword);
        if (string.IsNullOrWhiteSpace(registration.CertificateThumbprint)) return null;
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            store.Open(OpenFlags.ReadOnly);
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, registration.CertificateThumbprint, validOnly: false);
            if (found.Count > 0) return found[0];
        }
        throw new InvalidOperationException($"No certificate with thumbprint {registration.CertificateThumbprint} in the personal certificate stores.");
    }
}
