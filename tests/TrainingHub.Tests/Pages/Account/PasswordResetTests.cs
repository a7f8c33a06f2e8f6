using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class PasswordResetTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_reset_link_by_email_sets_a_new_password_once()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        var client = factory.CreateAnonymousClient();

        await client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = factory.LinkTo(email, "/Account/ResetPassword");
        var fields = new Dictionary<string, string> { ["Input.Password"] = "river otter lantern", ["Input.ConfirmPassword"] = "river otter lantern" };
        var first = await client.PostFormAsync(link, fields.Concat(Accounts.LinkFields(await client.GetPageAsync(link))));
        var again = await client.PostFormAsync(link, fields.Concat(Accounts.LinkFields(await client.GetPageAsync(link))));

        Assert.Contains("Your password has been changed", await first.Content.ReadAsStringAsync());
        Assert.Contains("has expired or has already been used", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().SignInAsync(email, "river otter lantern")).StatusCode);
    }

    [Fact]
    public async Task Asking_for_an_unknown_address_says_the_same_and_sends_nothing()
    {
        var response = await factory.CreateAnonymousClient().PostFormAsync("/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = "nobody@nhs.example" });

        Assert.Contains("If an account uses that address", await response.Content.ReadAsStringAsync());
        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task A_short_new_password_is_refused_with_the_rule_and_nothing_changes()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        var client = factory.CreateAnonymousClient();
        await client.PostFormAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = factory.LinkTo(email, "/Account/ResetPassword");

        var response = await client.PostFormAsync(link, Accounts.LinkFields(await client.GetPageAsync(link)).Concat(
            new Dictionary<string, string> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains("at least 12 characters", html);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password)).StatusCode);
    }

    [Fact]
    public async Task A_switched_off_person_cannot_sign_in_with_the_right_password()
    {
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsActive, false)));

        var response = await factory.CreateAnonymousClient().SignInAsync(email, Accounts.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account has been switched off", await response.Content.ReadAsStringAsync());
    }
}
