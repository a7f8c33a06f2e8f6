using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Authorization;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

/// <summary>
/// The account page ends sessions only when the person asks for something that should (two-step verification on or
/// off, a new password, signing out everywhere), and then keeps the session they asked from signed in.
/// Sessions are checked against the account at every request here, so a stale one shows at once.
/// </summary>
public sealed class YourSignInSessionsTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Authentication:SessionCheckSeconds", "0").OnTestClock();

    /// <summary>
    /// The time a code is made for: the real clock, as ASP.NET Core Identity checks an authenticator code against the
    /// real time rather than the portal's clock (a code for the test clock is refused); everything else is on the test clock.
    /// </summary>
    private static DateTimeOffset IdentityTotpNow => DateTimeOffset.UtcNow;

    public void Dispose() => factory.Dispose();

    private async Task<(int PersonId, string Email, HttpClient Laptop, HttpClient Phone)> SignedInTwiceAsync()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        return (person.Id, email, await factory.SignedInClientAsync(email), await factory.SignedInClientAsync(email));
    }

    private Task<string> StampAsync(int personId) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.PersonId == personId).Select(u => u.SecurityStamp!).SingleAsync());

    /// <summary>
    /// Whether the session still signs in a moment later: the session check looks again only once time has passed since
    /// the cookie was issued, so the test clock moves on a second first.
    /// </summary>
    private async Task<bool> IsSignedInAsync(HttpClient client)
    {
        factory.TestClockOf().Advance(TimeSpan.FromSeconds(1));
        return (await client.GetPageAsync("/")).Contains("Signed in as");
    }

    private static string SharedKey(string html) => Regex.Match(html, "id=\"shared-key\">([^<]+)<").Groups[1].Value;

    private static IReadOnlyList<string> ErrorSummary(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task Visiting_your_sign_in_page_changes_no_security_stamp_and_ends_no_session()
    {
        var (personId, _, laptop, phone) = await SignedInTwiceAsync();
        var stamp = await StampAsync(personId);

        var firstKey = SharedKey(await laptop.GetPageAsync("/Account/Security"));
        var secondKey = SharedKey(await phone.GetPageAsync("/Account/Security"));

        Assert.Matches("^[a-z2-7]{4}( [a-z2-7]{1,4})+$", firstKey);
        Assert.Equal(firstKey, secondKey);
        Assert.Equal(stamp, await StampAsync(personId));
        Assert.True(await IsSignedInAsync(laptop));
        Assert.True(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Turning_on_two_step_verification_ends_the_other_sessions_and_keeps_this_one()
    {
        var (_, _, laptop, phone) = await SignedInTwiceAsync();
        var key = SharedKey(await laptop.GetPageAsync("/Account/Security"));

        var enrolled = await laptop.PostFormAsync("/Account/Security",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, IdentityTotpNow) }, postUrl: "/Account/Security?handler=EnableTwoFactor");

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Contains("Two-step verification is on", await laptop.GetPageAsync("/Account/Security"));
        Assert.False(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_the_other_sessions_and_keeps_this_one()
    {
        var (_, _, laptop, phone) = await SignedInTwiceAsync();

        var response = await laptop.PostFormAsync("/Account/Security", [], postUrl: "/Account/Security?handler=SignOutEverywhere");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Every other session signed in as you has been ended", await laptop.GetPageAsync("/Account/Security"));
        Assert.False(await IsSignedInAsync(phone));
    }

    [Fact]
    public async Task Changing_your_password_ends_the_other_sessions_keeps_this_one_and_the_new_password_signs_in()
    {
        var (_, email, laptop, phone) = await SignedInTwiceAsync();
        const string newPassword = "kettle harbour violet lantern";

        var response = await laptop.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.Current"] = Accounts.Password, ["Input.NewPassword"] = newPassword, ["Input.ConfirmPassword"] = newPassword,
        });

        Assert.Equal("/Account/Security", response.Headers.Location?.OriginalString);
        Assert.Contains("Your password has been changed", await laptop.GetPageAsync("/Account/Security"));
        Assert.False(await IsSignedInAsync(phone));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().SignInAsync(email, newPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password)).StatusCode);
    }

    [Theory]
    [InlineData("not my password", "kettle harbour violet lantern", "kettle harbour violet lantern", "Your current password is not right")]
    [InlineData(Accounts.Password, "kettle harbour violet lantern", "kettle harbour violet", "The two passwords are not the same")]
    [InlineData("", "", "", "Enter your current password|Enter a new password|Type the new password again")]
    [InlineData(Accounts.Password, "short", "short", "Passwords must be at least 12 characters.")]
    public async Task A_password_change_with_bad_input_says_why_in_field_order_and_changes_nothing(
        string current, string password, string confirm, string messages)
    {
        var (personId, email, laptop, phone) = await SignedInTwiceAsync();
        var stamp = await StampAsync(personId);

        var response = await laptop.PostFormAsync("/Account/ChangePassword", new Dictionary<string, string>
        {
            ["Input.Current"] = current, ["Input.NewPassword"] = password, ["Input.ConfirmPassword"] = confirm,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(messages.Split('|'), ErrorSummary(await response.Content.ReadAsStringAsync()));
        Assert.Equal(stamp, await StampAsync(personId));
        Assert.True(await IsSignedInAsync(phone));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task Someone_without_a_password_is_not_offered_a_password_change()
    {
        var person = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(person.Id);

        var page = new HtmlParser().ParseDocument(await client.GetPageAsync("/Account/Security"));

        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Change your password");
        Assert.Equal(Access.Forbidden, PageAccess.Classify(await client.GetAsync("/Account/ChangePassword"), "GET"));
    }
}
