using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class TwoFactorTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    /// <summary>
    /// The time a code is made for: the real clock, as ASP.NET Core Identity checks an authenticator code against the
    /// real time rather than the portal's clock (a code for the test clock is refused); everything else is on the test clock.
    /// </summary>
    private static DateTimeOffset IdentityTotpNow => DateTimeOffset.UtcNow;

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task After_enrolling_with_the_shared_key_sign_in_needs_the_current_code()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        var key = await EnrolAsync(email);

        var client = factory.CreateAnonymousClient();
        var afterPassword = await client.SignInAsync(email, Accounts.Password);
        var wrong = await client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = "000000" });
        var right = await client.PostFormAsync("/Account/TwoFactor", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, IdentityTotpNow) });

        Assert.StartsWith("/Account/TwoFactor", afterPassword.Headers.Location?.OriginalString);
        Assert.Contains("That code is not right", await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains("Signed in as", await client.GetPageAsync("/"));
    }

    [Fact]
    public async Task A_wrong_enrolment_code_leaves_two_step_verification_off()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        var client = await factory.SignedInClientAsync(email);

        var response = await client.PostFormAsync("/Account/Security", new Dictionary<string, string> { ["Input.Code"] = "12345" },
            postUrl: "/Account/Security?handler=EnableTwoFactor");

        Assert.Contains("The code is 6 digits", await response.Content.ReadAsStringAsync());
        var signIn = await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password);
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    private async Task<string> EnrolAsync(string email)
    {
        var client = await factory.SignedInClientAsync(email);
        var key = Regex.Match(await client.GetPageAsync("/Account/Security"), "id=\"shared-key\">([^<]+)<").Groups[1].Value;
        var enrolled = await client.PostFormAsync("/Account/Security",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, IdentityTotpNow) }, postUrl: "/Account/Security?handler=EnableTwoFactor");
        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Contains("Two-step verification is on", await client.GetPageAsync("/Account/Security"));
        return key;
    }
}
