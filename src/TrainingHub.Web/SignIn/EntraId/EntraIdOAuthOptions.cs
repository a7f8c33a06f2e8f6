using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The framework's OAuth options plus what OpenID Connect needs on top: the tenant's discovery document (endpoints
/// and signing keys, cached and refreshed by the configuration manager) and how the portal proves who it is.
/// </summary>
public sealed class EntraIdOAuthOptions : OAuthOptions
{
    public EntraIdOptions Registration { get; set; } = new();
    public IConfigurationManager<OpenIdConnectConfiguration>? Discovery { get; set; }
    public ClientCredential? Credential { get; set; }

    /// <summary>The endpoints come from the discovery document at request time, so they are not checked here.</summary>
    public override void Validate()
    {
        if (string.IsNullOrEmpty(ClientId)) throw new InvalidOperationException("Entra ID needs a ClientId.");
        if (Discovery is null) throw new InvalidOperationException("Entra ID needs its discovery document address.");
        if (Credential is null) throw new InvalidOperationException("Entra ID needs a client secret or certificate.");
        if (!CallbackPath.HasValue) throw new InvalidOperationException("Entra ID needs a CallbackPath.");
    }
}
