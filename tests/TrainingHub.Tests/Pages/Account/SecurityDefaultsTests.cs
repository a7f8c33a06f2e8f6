using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Account;

public sealed partial class SecurityDefaultsTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/Account/SignIn")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await factory.CreateAnonymousClient().GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Header(response, "Referrer-Policy"));
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Signed_in_pages_are_never_stored_and_public_ones_may_be()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

        var signedIn = await factory.CreateClientFor(lead.Id).GetAsync("/Practices");
        var anonymous = await factory.CreateAnonymousClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.True(signedIn.Headers.CacheControl?.NoStore);
        Assert.NotEqual(true, anonymous.Headers.CacheControl?.NoStore);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Practices")]
    [InlineData("/Account/SignIn")]
    [InlineData("/Account/SignOut")]
    public async Task Pages_have_no_inline_script_or_style_for_the_policy_to_block(string path)
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

        var html = await factory.CreateClientFor(lead.Id).GetPageAsync(path);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(StyleAttribute(), html);
        Assert.DoesNotMatch(EventHandlerAttribute(), html);
    }

    [Fact]
    public async Task Sign_in_cookies_are_secure_http_only_and_same_site()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);

        var response = await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("TrainingHub.Auth="));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_sign_out_button_in_the_header_signs_out()
    {
        var person = await factory.Data.PersonAsync();
        var client = await factory.SignedInClientAsync(await factory.GivePasswordAsync(person.Id));
        Assert.Contains("Signed in as", await client.GetPageAsync("/"));

        var response = await client.PostFormAsync("/", [], postUrl: "/Account/SignOut");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Signed in as", await client.GetPageAsync("/"));
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_are_refused_with_429()
    {
        using var limited = new PortalFactory().With("RateLimits:SignInPostsPerMinute", "3").OnTestClock();
        var client = limited.CreateAnonymousClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 4; i++) statuses.Add((await client.SignInAsync("nobody@nhs.example", "wrong password here")).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values) : "";

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[^>]+\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[^>]+\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlerAttribute();
}
