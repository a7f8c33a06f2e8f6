using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The framework's OAuth code flow (correlation cookie, protected state, PKCE) turned into OpenID Connect sign-in:
/// endpoints from the tenant's discovery document, a nonce kept in the protected state, and the id_token checked by
/// <see cref="IdTokenCheck"/> before any claim is believed. No access token is kept.
/// </summary>
public sealed class EntraIdHandler(IOptionsMonitor<EntraIdOAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : OAuthHandler<EntraIdOAuthOptions>(options, logger, encoder)
{
    public const string NonceKey = ".entra.nonce";
    /// <summary>The claims the portal reads from a validated id_token; nothing else is carried into the session.</summary>
    private static readonly string[] KeptClaims = ["tid", "oid", "preferred_username", "email", "xms_edov", "idp", "iss", "name", "roles"];

    private OpenIdConnectConfiguration? discovery;

    private async Task<OpenIdConnectConfiguration> DiscoveryAsync() =>
        discovery ??= await Options.Discovery!.GetConfigurationAsync(Context.RequestAborted);

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        try
        {
            await DiscoveryAsync();
        }
        catch (Exception problem) when (problem is InvalidOperationException or HttpRequestException or IOException)
        {
            Logger.LogError(problem, "Entra ID discovery document could not be read from {Address}", Options.Registration.MetadataAddress);
            Response.Redirect(Options.Registration.RefusalPath("unavailable"));
            return;
        }
        await base.HandleChallengeAsync(properties);
    }

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        var nonce = RandomToken();
        properties.Items[NonceKey] = nonce;
        var codeVerifier = RandomToken();
        properties.Items[OAuthConstants.CodeVerifierKey] = codeVerifier;
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = Options.ClientId,
            ["scope"] = FormatScope(),
            ["response_type"] = "code",
            ["response_mode"] = "query",
            ["redirect_uri"] = redirectUri,
            ["nonce"] = nonce,
            [OAuthConstants.CodeChallengeKey] = WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(codeVerifier))),
            [OAuthConstants.CodeChallengeMethodKey] = OAuthConstants.CodeChallengeMethodS256,
        };
        parameters["state"] = Options.StateDataFormat.Protect(properties);
        return QueryHelpers.AddQueryString(discovery!.AuthorizationEndpoint, parameters);
    }

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        var configuration = await DiscoveryAsync();
        var form = new Dictionary<string, string>
        {
            ["client_id"] = Options.ClientId,
            ["redirect_uri"] = context.RedirectUri,
            ["code"] = context.Code,
            ["grant_type"] = "authorization_code",
        };
        if (context.Properties.Items.Remove(OAuthConstants.CodeVerifierKey, out var codeVerifier) && codeVerifier is not null)
            form[OAuthConstants.CodeVerifierKey] = codeVerifier;
        Options.Credential!.AddTo(form, configuration.TokenEndpoint, TimeProvider.GetUtcNow());

        using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await Backchannel.SendAsync(request, Context.RequestAborted);
        var body = await response.Content.ReadAsStringAsync(Context.RequestAborted);
        if (response.IsSuccessStatusCode) return OAuthTokenResponse.Success(JsonDocument.Parse(body));
        // The body may name the error (invalid_grant, invalid_client); it never holds a secret of ours.
        Logger.LogWarning("Entra ID token endpoint answered {Status}: {Body}", (int)response.StatusCode, body);
        return OAuthTokenResponse.Failed(new AuthenticationFailureException($"The token endpoint answered {(int)response.StatusCode}."));
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(
        ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var idToken = tokens.Response?.RootElement.TryGetProperty("id_token", out var value) == true ? value.GetString() : null;
        properties.Items.Remove(NonceKey, out var nonce);
        var result = await CheckAsync(idToken, nonce);
        if (result.Identity is null) throw new AuthenticationFailureException("The id_token was refused: " + result.Refusal);
        identity.AddClaims(result.Identity.Claims.Where(c => KeptClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value, c.ValueType)));
        return new AuthenticationTicket(new ClaimsPrincipal(identity), properties, Scheme.Name);
    }

    /// <summary>A token signed with a key the cached document does not list may follow a key rollover: refresh once.</summary>
    private async Task<IdTokenCheck.Result> CheckAsync(string? idToken, string? nonce)
    {
        var result = await IdTokenCheck.ValidateAsync(idToken, await DiscoveryAsync(), Options.Registration, nonce);
        if (result.Refusal != nameof(Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException)) return result;
        Options.Discovery!.RequestRefresh();
        discovery = null;
        return await IdTokenCheck.ValidateAsync(idToken, await DiscoveryAsync(), Options.Registration, nonce);
    }

    private static string RandomToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
