using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class SignOutEverywhereTests
{
    [Fact]
    public async Task Signing_out_everywhere_ends_the_persons_other_sessions_only()
    {
        // Sessions are checked against the account every minute; here at every request, so the test need not wait.
        using var factory = new PortalFactory().With("Authentication:SessionCheckSeconds", "0").OnTestClock();
        var person = await factory.Data.PersonAsync();
        var email = await factory.GivePasswordAsync(person.Id);
        var laptop = await factory.SignedInClientAsync(email);
        var sharedComputer = await factory.SignedInClientAsync(email);
        var other = await factory.Data.PersonAsync();
        var bystander = await factory.SignedInClientAsync(await factory.GivePasswordAsync(other.Id));

        await laptop.PostFormAsync("/Account/Security", [], postUrl: "/Account/Security?handler=SignOutEverywhere");
        // A moment later (the session check looks again only once time has passed since the cookie was issued).
        factory.TestClockOf().Advance(TimeSpan.FromSeconds(1));

        Assert.DoesNotContain("Signed in as", await sharedComputer.GetPageAsync("/"));
        Assert.Contains("Signed in as", await bystander.GetPageAsync("/"));
        Assert.Contains("Signed in as", await laptop.GetPageAsync("/"));
    }
}
