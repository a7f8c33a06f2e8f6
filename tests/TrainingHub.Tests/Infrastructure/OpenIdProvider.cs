using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A real OpenID Connect provider (npm oidc-provider, tests/node/oidc-test-provider.mjs) on loopback, standing in
/// for an Entra tenant: same discovery, PKCE, signed id_tokens with tid, oid and roles. The test plays the browser
/// at the provider with its own cookie jar; it can register accounts and ask for the next id_token to be tampered with.
/// </summary>
public sealed class OpenIdProvider : IAsyncDisposable
{
    public const string ClientId = "traininghub-portal";
    public const string ClientSecret = "a-test-client-secret-of-decent-length";
    public static readonly Guid TenantId = Guid.Parse("7a4e2c1d-3b5f-4e6a-9c8d-1f2e3d4c5b6a");

    private readonly Process process;
    private readonly HttpClient admin = new();

    private OpenIdProvider(Process process, Uri issuer)
    {
        this.process = process;
        Issuer = issuer;
    }

    public Uri Issuer { get; }
    /// <summary>What the portal's Instance setting would be: the issuer is {Instance}{TenantId}/v2.0, as at Entra.</summary>
    public string Instance => Issuer.GetLeftPart(UriPartial.Authority) + "/";

    public static async Task<OpenIdProvider> StartAsync(string redirectUri)
    {
        var start = new ProcessStartInfo("node", ["oidc-test-provider.mjs", ClientId, ClientSecret, redirectUri, TenantId.ToString()])
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
        return new OpenIdProvider(process, new Uri(issuer));
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
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        var toLogin = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.SeeOther, toLogin.StatusCode);
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
