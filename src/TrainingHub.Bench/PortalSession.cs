using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Web.Demo;

namespace TrainingHub.Bench;

/// <summary>One signed-in person: a cookie jar and the real sign-in form, antiforgery token and all.</summary>
public sealed partial class PortalSession : IDisposable
{
    private PortalSession(HttpClient client) => Client = client;

    public HttpClient Client { get; }

    public static SocketsHttpHandler Handler(LoopbackCertificate certificate) => new()
    {
        CookieContainer = new CookieContainer(), AllowAutoRedirect = false, MaxConnectionsPerServer = 256,
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => certificate.Trusts(presented) },
    };

    public static Task<PortalSession> SignInAsync(Uri portal, BenchRole role, LoopbackCertificate certificate) =>
        SignInAsync(portal, DemoProgramme.Accounts.Single(a => a.Role == RoleName(role)).Email, certificate);

    public static async Task<PortalSession> SignInAsync(Uri portal, string email, LoopbackCertificate certificate)
    {
        var session = new PortalSession(new HttpClient(Handler(certificate)) { BaseAddress = portal, Timeout = TimeSpan.FromMinutes(5) });
        using var response = await session.PostFormAsync("/Account/SignIn", new() { ["Input.Email"] = email, ["Input.Password"] = DemoProgramme.Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {email} answered {(int)response.StatusCode}, not a redirect.");
        return session;
    }

    /// <summary>GETs the form for its antiforgery token, then posts it with the fields: what a browser does.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPath = null) =>
        await Client.PostAsync(path, await FormAsync(formPath ?? path, fields));

    /// <summary>The fields to post with the antiforgery token of the form at <paramref name="formPath"/>.</summary>
    public async Task<FormUrlEncodedContent> FormAsync(string formPath, Dictionary<string, string> fields) =>
        FormFrom(await Client.GetStringAsync(formPath), formPath, fields);

    /// <summary>The fields to post with the antiforgery token of a form page already fetched.</summary>
    public static FormUrlEncodedContent FormFrom(string page, string formPath, Dictionary<string, string> fields)
    {
        var token = Token().Match(page);
        if (!token.Success) throw new InvalidOperationException($"No antiforgery token on {formPath}.");
        return new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))));
    }

    public void Dispose() => Client.Dispose();

    private static string? RoleName(BenchRole role) => role switch
    {
        BenchRole.Lead => TrainingHub.Web.SignIn.PortalRoles.ProgrammeLead,
        BenchRole.Trainer => TrainingHub.Web.SignIn.PortalRoles.Trainer,
        BenchRole.Facilitator => TrainingHub.Web.SignIn.PortalRoles.Facilitator,
        _ => null,
    };

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
