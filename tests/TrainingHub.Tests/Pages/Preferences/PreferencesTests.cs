using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Preferences;

public sealed class PreferencesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    [Fact]
    public async Task Opting_out_changes_only_the_signed_in_persons_own_choice_even_with_another_id_in_the_form()
    {
        var amina = await factory.Data.PersonAsync();
        var ben = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(amina.Id);

        var response = await client.PostFormAsync("/Preferences",
            new Dictionary<string, string> { ["Input.OptedOutOfNonEssential"] = "true", ["PersonId"] = ben.Id.ToString() });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var optedOut = await factory.WithDbAsync(db => db.MessagePreferences.AsNoTracking()
            .Where(p => p.OptedOutOfNonEssential).Select(p => p.PersonId).ToListAsync());
        Assert.Equal([amina.Id], optedOut);
        Assert.Contains("checked", await client.GetStringAsync("/Preferences"));
    }

    [Fact]
    public async Task Opting_back_in_is_remembered()
    {
        var amina = await factory.Data.PersonAsync();
        var client = factory.CreateClientFor(amina.Id);
        await client.PostFormAsync("/Preferences", new Dictionary<string, string> { ["Input.OptedOutOfNonEssential"] = "true" });
        await client.PostFormAsync("/Preferences", new Dictionary<string, string> { ["Input.OptedOutOfNonEssential"] = "false" });

        Assert.False(await factory.WithDbAsync(db => db.MessagePreferences.AnyAsync(p => p.OptedOutOfNonEssential)));
    }

    public void Dispose() => factory.Dispose();
}
