using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Account;

public sealed class SharedKeysTests
{
    [Fact]
    public async Task A_sign_in_made_on_one_web_node_is_honoured_by_another_sharing_the_database()
    {
        // Two web nodes, one clock: the second reads the cookie at the instant the first issued it.
        var clock = new FakeTimeProvider(TestClock.Start);
        using var first = new PortalFactory().OnTestClock(clock);
        var person = await first.Data.PersonAsync();
        var client = await first.SignedInClientAsync(await first.GivePasswordAsync(person.Id));
        var cookie = string.Join("; ", (await client.GetAsync("/")).RequestMessage!.Headers.GetValues("Cookie"));

        using var second = new PortalFactory().With("TrainingHub:DataDirectory", first.DataDirectory).OnTestClock(clock);
        var other = second.CreateAnonymousClient();
        other.DefaultRequestHeaders.Add("Cookie", cookie);
        var html = await other.GetPageAsync("/");

        Assert.Contains("Signed in as", html);
        Assert.True(await second.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
