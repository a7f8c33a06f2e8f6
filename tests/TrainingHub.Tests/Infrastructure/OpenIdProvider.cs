using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (npm oidc-provider, tests/node/oidc-test-provider.mjs) on loopback, standing in
/// for an Entra tenant: same discovery, PKCE, signed id_tokens with tid, oid and roles, served over HTTPS with a
/// certificate made for this run. The test plays the browser at the provider with its own cookie jar; it can
/// register accounts and ask for the next id_token to be tampered with. Two apps are registered: one proves itself
/// with a client secret, the other with a client assertion signed by <see cref="ClientCertificate"/>.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "traininghub-portal";
    public const string ClientSecret = "a-test-client-secret-of-decent-length";
    public const string CertificateClientId = "traininghub-portal-with-certificate";
    /// <summary>
    /// A third app for a portal on real Kestrel, whose loopback port is chosen when it starts: registered as a native
    /// app, so the provider accepts its callback on any loopback port (RFC 8252, section 7.3).
    /// </summary>
    public const string LoopbackClientId = "traininghub-portal-on-loopback";
    public static readonly Guid TenantId = Guid.Parse("7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a");
    public const string RedirectUri = "https://localhost/signin-entra";
    public const string SignedOutUri = "https://localhost/signout-callback-oidc";

    private readonly Process process;
    private readonly X509Certificate2 tlsCertificate;
    private readonly HttpClient admin;
    private readonly string folder;

    private OpenIdProvider(Process process, Uri issuer, X509Certificate2 tlsCertificate, X509Certificate2 clientCertificate, string folder)
    {
        this.process = process;
        this.tlsCertificate = tlsCertificate;
        this.folder = folder;
        Issuer = issuer;
        ClientCertificate = clientCertificate;
        admin = new HttpClient(TrustingHandler());
    }

    /// <summary>The certificate (with its private key) the second app signs its client assertions with.</summary>
    public X509Certificate2 ClientCertificate { get; }
    public string ClientCertificatePath => Path.Combine(folder, "client.pfx");

    public Uri Issuer { get; }
    /// <summary>What the portal's Instance setting would be: the issuer is {Instance}{TenantId}/v2.0, as at Entra.</summary>
    public string Instance => Issuer.GetLeftPart(UriPartial.Authority) + "/";

    /// <summary>
    /// Trusts exactly the provider's certificate and nothing else that would otherwise fail: the only difference from
    /// production, where the tenant's certificate chains to a public root.
    /// </summary>
    public HttpClientHandler TrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, presented, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (presented is not null && presented.RawData.AsSpan().SequenceEqual(tlsCertificate.RawData)),
    };

    public static async Task<OpenIdProvider> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("traininghub-oidc-").FullName;
        var tls = LoopbackCertificate();
        File.WriteAllText(Path.Combine(folder, "tls.crt"), tls.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "tls.key"), tls.GetRSAPrivateKey()!.ExportPkcs8PrivateKeyPem());
        var client = ClientCertificateFor(CertificateClientId);
        File.WriteAllBytes(Path.Combine(folder, "client.pfx"), client.Export(X509ContentType.Pkcs12));
        var settingsPath = Path.Combine(folder, "settings.json");
        File.WriteAllText(settingsPath, JsonSerializer.Serialize(Settings(folder, client)));

        var start = new ProcessStartInfo("node", ["oidc-test-provider.mjs", settingsPath])
        {
            WorkingDirectory = NodeTests.Folder, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        // A busy machine takes a while to start node; the provider prints its issuer when it listens.
        var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
        if (line is null) throw new InvalidOperationException("The OpenID provider exited before it was ready.");
        var issuer = JsonDocument.Parse(line).RootElement.GetProperty("issuer").GetString()!;
        return new OpenIdProvider(process, new Uri(issuer), tls, client, folder);
    }

    private static object Settings(string folder, X509Certificate2 client)
    {
        var key = JsonWebKeyConverter.ConvertFromX509SecurityKey(new X509SecurityKey(client), representAsRsaKey: true);
        var common = new { redirect_uris = new[] { RedirectUri }, post_logout_redirect_uris = new[] { SignedOutUri } };
        return new
        {
            tenantId = TenantId,
            tlsCertificate = Path.Combine(folder, "tls.crt"),
            tlsKey = Path.Combine(folder, "tls.key"),
            clients = new object[]
            {
                new { client_id = ClientId, client_secret = ClientSecret, token_endpoint_auth_method = "client_secret_post", common.redirect_uris, common.post_logout_redirect_uris },
                new
                {
                    client_id = CertificateClientId, token_endpoint_auth_method = "private_key_jwt", token_endpoint_auth_signing_alg = "RS256",
                    jwks = new { keys = new[] { new { kty = "RSA", n = key.N, e = key.E, kid = new X509SecurityKey(client).KeyId, use = "sig" } } },
                    common.redirect_uris, common.post_logout_redirect_uris,
                },
                new
                {
                    client_id = LoopbackClientId, client_secret = ClientSecret, token_endpoint_auth_method = "client_secret_post", application_type = "native",
                    redirect_uris = new[] { "http://127.0.0.1/signin-entra" }, post_logout_redirect_uris = new[] { "http://127.0.0.1/signout-callback-oidc" },
                },
            },
        };
    }

    private static X509Certificate2 LoopbackCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        // The real clock: node's and .NET's TLS check the certificate's dates against the real time.
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
    }

    private static X509Certificate2 ClientCertificateFor(string clientId)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={clientId}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // The real clock: the libraries that load and check a certificate judge its dates by the real time, not the portal's.
        var now = DateTimeOffset.UtcNow;
        var made = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
    }

    public async Task AddAccountAsync(string sub, object claims) =>
        (await admin.PostAsJsonAsync(Issuer + "/test/accounts", new { sub, claims })).EnsureSuccessStatusCode();

    public async Task TamperWithNextIdTokenAsync(string mode) =>
        (await admin.PostAsJsonAsync(Issuer + "/test/tamper", new { mode })).EnsureSuccessStatusCode();

    /// <summary>
    /// What a browser does at the provider: follow the authorize URL to the login form, sign in as the account,
    /// and come back with the provider's redirect to the portal's callback (returned, not followed). Each sign-in
    /// is a fresh browser at the provider, so no provider session carries over from one person to the next.
    /// </summary>
    public async Task<Uri> SignInAsync(Uri authorize, string sub)
    {
        var handler = TrustingHandler();
        handler.AllowAutoRedirect = false;
        handler.CookieContainer = new CookieContainer();
        using var browser = new HttpClient(handler);
        var toLogin = await browser.GetAsync(authorize);
        Assert.True(toLogin.StatusCode == HttpStatusCode.SeeOther, $"The provider refused the authorization request: {(int)toLogin.StatusCode} {await toLogin.Content.ReadAsStringAsync()}");
        var loginPage = new Uri(authorize, toLogin.Headers.Location!);
        (await browser.GetAsync(loginPage)).EnsureSuccessStatusCode();
        var login = await browser.PostAsync(loginPage + "/login", new FormUrlEncodedContent([new("login", sub)]));
        Assert.True(login.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther, $"The login was not accepted: {(int)login.StatusCode}");
        var back = await browser.GetAsync(new Uri(authorize, login.Headers.Location!));
        Assert.True(back.StatusCode is HttpStatusCode.Found or HttpStatusCode.SeeOther, $"The provider did not send the browser back: {(int)back.StatusCode} {await back.Content.ReadAsStringAsync()}");
        return back.Headers.Location!;
    }

    public async ValueTask DisposeAsync()
    {
        admin.Dispose();
        process.StandardInput.Close();
        if (!process.WaitForExit(5000)) process.Kill(entireProcessTree: true);
        process.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        await Task.CompletedTask;
    }
}

public static class NodeTests
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "node");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }
        throw new InvalidOperationException("tests/node not found above the test output folder.");
    }
}
