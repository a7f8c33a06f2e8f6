using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Pages.Account;

namespace TrainingHub.Tests.Pages.Account;

/// <summary>The sign-in page must not tell anyone which addresses have accounts, locked or not.</summary>
public sealed class SignInAnswersTests : IDisposable
{
    // The per-minute limit on sign-in posts is its own guard, tried elsewhere; here it would stop the count of wrong passwords.
    private readonly PortalFactory factory = new PortalFactory().With("RateLimits:SignInPostsPerMinute", "100").OnTestClock();

    public void Dispose() => factory.Dispose();

    private static async Task<string> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("nhsuk-error-summary", html);
        return System.Net.WebUtility.HtmlDecode(html);
    }

    private async Task<List<string>> SixWrongPasswordsAsync(string email)
    {
        var answers = new List<string>();
        var client = factory.CreateAnonymousClient();
        for (var i = 0; i < 6; i++) answers.Add(await ErrorOf(await client.SignInAsync(email, "not the password at all")));
        return answers;
    }

    [Fact]
    public async Task A_known_address_and_an_unknown_one_get_the_same_answer_before_and_after_the_lockout()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);

        var known = await SixWrongPasswordsAsync(email);
        var unknown = await SixWrongPasswordsAsync("nobody.here@nhs.example");

        Assert.All(known.Concat(unknown), html => Assert.Contains(SignInModel.NotRight, html));
        Assert.All(known.Concat(unknown), html => Assert.DoesNotContain("locked after too many", html));
    }

    [Fact]
    public async Task The_lockout_still_holds_and_its_owner_is_told_once_by_email()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);

        await SixWrongPasswordsAsync(email);
        var right = await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password);

        Assert.Contains(SignInModel.NotRight, await ErrorOf(right));
        var lockouts = factory.Mails().Where(m => m.Contains(email, StringComparison.OrdinalIgnoreCase) && m.Contains("is locked for now")).ToList();
        var mail = Assert.Single(lockouts);
        Assert.Contains("/Account/ForgotPassword", mail);
        Assert.Contains("UK time", mail);
    }

    [Fact]
    public async Task An_unknown_address_sends_no_mail()
    {
        await SixWrongPasswordsAsync("nobody.here@nhs.example");

        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task A_switched_off_account_is_named_only_to_someone_with_its_password()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false)));

        var wrong = await ErrorOf(await factory.CreateAnonymousClient().SignInAsync(email, "not the password at all"));

        Assert.Contains(SignInModel.NotRight, wrong);
        Assert.DoesNotContain("switched off", wrong);
    }
}
