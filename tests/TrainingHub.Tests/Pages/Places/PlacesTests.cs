using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Places;

public sealed class PlacesTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private HttpClient lead = null!;
    private Place place = null!;

    public async Task InitializeAsync()
    {
        place = await factory.Data.PlaceAsync("99Z", "Commissioner 99Z");
        await factory.Data.PracticeAsync(place.Id);
        await factory.Data.PracticeAsync(place.Id, status: PracticeStatus.Closed);
        lead = factory.CreateClientFor((await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_places_page_counts_active_and_other_practices()
    {
        var page = await lead.GetPageAsync("/Places");
        Assert.Contains("Commissioner 99Z", page);
        Assert.Matches(@"<a href=""/Practices\?PlaceId=\d+"">1</a>", page);
    }

    [Fact]
    public async Task A_lead_renames_a_place_and_its_system()
    {
        var response = await lead.PostFormAsync($"/Places/{place.Id}/Edit", new { Input__Name = "  Oxfordshire ", Input__SystemName = "Thames Valley" });

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Places.Include(p => p.IntegratedCareSystem).SingleAsync(p => p.Id == place.Id));
        Assert.Equal("Oxfordshire", saved.Name);
        Assert.Equal("Thames Valley", saved.IntegratedCareSystem!.Name);
    }

    [Fact]
    public async Task A_blank_name_is_refused_with_a_message_and_changes_nothing()
    {
        var response = await lead.PostFormAsync($"/Places/{place.Id}/Edit", new { Input__Name = "", Input__SystemName = "Thames Valley" });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is a problem", page);
        Assert.Contains("Enter the place&#x27;s name", page);
        Assert.Contains("value=\"Thames Valley\"", page);
        Assert.Equal("Commissioner 99Z", await factory.WithDbAsync(db => db.Places.Where(p => p.Id == place.Id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task An_unknown_place_is_not_found()
    {
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await lead.GetAsync("/Places/99999/Edit")).StatusCode);
    }
}
