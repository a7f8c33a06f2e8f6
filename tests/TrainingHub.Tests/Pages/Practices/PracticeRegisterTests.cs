using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Practices;

public sealed class PracticeRegisterTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private HttpClient facilitator = null!;
    private Place oxfordshire = null!;
    private Place bucks = null!;

    public async Task InitializeAsync()
    {
        oxfordshire = await factory.Data.PlaceAsync("10Q", "Oxfordshire");
        bucks = await factory.Data.PlaceAsync("14Y", "Buckinghamshire");
        await factory.Data.PracticeAsync(oxfordshire.Id, "K84032", "BARTLEMAS SURGERY");
        await factory.Data.PracticeAsync(oxfordshire.Id, "K84001", "OLD CLOSED SURGERY", PracticeStatus.Closed);
        await factory.Data.PracticeAsync(bucks.Id, "K82001", "AMERSHAM HEALTH CENTRE");
        for (var i = 0; i < 30; i++) await factory.Data.PracticeAsync(bucks.Id, $"K83{i:000}", $"PRACTICE {i:00}");
        facilitator = factory.CreateClientFor((await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Facilitator)).Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("bartlemas")]
    [InlineData("K84032")]
    [InlineData("k84032")]
    public async Task Search_finds_a_practice_by_name_or_ods_code(string q)
    {
        var page = await facilitator.GetPageAsync($"/Practices?Q={q}");
        Assert.Contains("Bartlemas Surgery", page);
        Assert.Contains("1 practice found", page);
    }

    [Theory]
    [InlineData("OX4 1XB", true)]
    [InlineData("ox41xb", true)]
    [InlineData("OX4", true)]
    [InlineData("1XB", false)]
    public async Task Search_finds_a_practice_by_the_start_of_its_postcode_with_or_without_the_space(string q, bool found)
    {
        await factory.WithDbAsync(db => db.Practices.Where(p => p.OdsCode == "K84032")
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Postcode, "OX4 1XB")));
        var page = await facilitator.GetPageAsync($"/Practices?Q={Uri.EscapeDataString(q)}");
        Assert.Equal(found, page.Contains("Bartlemas Surgery"));
    }

    [Fact]
    public async Task Closed_practices_are_hidden_until_asked_for()
    {
        Assert.DoesNotContain("Old Closed Surgery", await facilitator.GetPageAsync("/Practices?Q=closed"));
        Assert.Contains("Old Closed Surgery", await facilitator.GetPageAsync("/Practices?Q=closed&Status=Closed"));
    }

    [Fact]
    public async Task Filtering_by_icb_shows_only_practices_under_that_icb()
    {
        await factory.WithDbAsync(db => db.Practices.Where(p => p.OdsCode == "K84032").ExecuteUpdateAsync(s => s.SetProperty(p => p.IcbCode, "QU9")));

        var page = await facilitator.GetPageAsync("/Practices?Icb=QU9");

        Assert.Matches("<option value=\"QU9\" selected[^>]*>QU9</option>", page);
        Assert.Contains("Bartlemas Surgery", page);
        Assert.DoesNotContain("Amersham Health Centre", page);
    }

    [Fact]
    public async Task Filtering_by_place_shows_only_that_places_practices()
    {
        var page = await facilitator.GetPageAsync($"/Practices?PlaceId={oxfordshire.Id}");
        Assert.Contains("Bartlemas Surgery", page);
        Assert.DoesNotContain("Amersham Health Centre", page);
    }

    [Fact]
    public async Task Results_come_25_to_a_page_and_an_out_of_range_page_shows_the_last()
    {
        var first = await facilitator.GetPageAsync($"/Practices?PlaceId={bucks.Id}");
        Assert.Contains("31 practices found. Page 1 of 2", first);
        Assert.Contains("Next page", first);
        var last = await facilitator.GetPageAsync($"/Practices?PlaceId={bucks.Id}&p=99");
        Assert.Contains("Page 2 of 2", last);
    }

    [Fact]
    public async Task A_practice_profile_shows_its_details_and_an_unknown_id_is_not_found()
    {
        var id = await factory.WithDbAsync(db => Task.FromResult(db.Practices.Single(p => p.OdsCode == "K84032").Id));
        var page = await facilitator.GetPageAsync($"/Practices/{id}");
        Assert.Contains("<h1>Bartlemas Surgery</h1>", page);
        Assert.Contains("Oxfordshire (commissioner 10Q)", page);
        Assert.Equal(HttpStatusCode.NotFound, (await facilitator.GetAsync("/Practices/999999")).StatusCode);
    }

    [Fact]
    public async Task Bad_filter_values_do_not_break_the_page()
    {
        var response = await facilitator.GetAsync("/Practices?PlaceId=abc&Status=Nonsense&p=-4");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
