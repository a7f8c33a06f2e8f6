using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;

namespace TrainingHub.Tests.Pages.Venues;

/// <summary>The venue directory: a lead adds, corrects and retires venues; what is refused is said on its field and saves nothing.</summary>
public sealed class VenueDirectoryTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly PortalFactory factory;

    public VenueDirectoryTests() => factory = new PortalFactory().WithServices(s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => factory.Dispose();

    private static Dictionary<string, string> Form(string name = "St Mary's & <b>Hall</b>", string postcode = "ox1 1bx", string capacity = "40") => new()
    {
        ["Input.Name"] = name, ["Input.AddressLine1"] = "12 Church Street", ["Input.AddressLine2"] = "", ["Input.Town"] = "Oxford",
        ["Input.Postcode"] = postcode, ["Input.AccessibilityNotes"] = "Ramp at the side door; <script>alert(1)</script> hearing loop", ["Input.Capacity"] = capacity,
    };

    private static IReadOnlyList<string> Cells(IHtmlDocument page, int row) =>
        page.QuerySelectorAll("table.th-venues tbody tr")[row].QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_lead_adds_a_venue_with_its_postcode_in_capitals_and_the_directory_lists_it_with_capacity_and_accessibility_notes()
    {
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Venues/Create", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Equal("St Mary's & <b>Hall</b> added to the venue directory.", page.TextOf(".nhsuk-notification-banner__heading"));
        Assert.Single(page.QuerySelectorAll("table.th-venues tbody tr"));
        var cells = Cells(page, 0);
        Assert.Equal(["St Mary's & <b>Hall</b>", "12 Church Street, Oxford, OX1 1BX", "40", "Ramp at the side door; <script>alert(1)</script> hearing loop"], cells.Take(4));
        // What was typed is shown as text, never as markup.
        Assert.Empty(page.QuerySelectorAll("main b, main script"));
        var saved = await factory.WithDbAsync(db => db.Venues.SingleAsync());
        Assert.Equal(("OX1 1BX", 40, Now, (DateTimeOffset?)null), (saved.Postcode, saved.Capacity, saved.CreatedAt, saved.RetiredAt));
    }

    [Theory]
    [InlineData("Input.Name", "", "Enter the venue's name")]
    [InlineData("Input.Postcode", "OX1", "Enter a real postcode, like OX1 1BX")]
    [InlineData("Input.Postcode", "not a postcode", "Enter a real postcode, like OX1 1BX")]
    [InlineData("Input.Capacity", "0", "The number of people the venue holds must be between 1 and 2000")]
    [InlineData("Input.Capacity", "-12", "The number of people the venue holds must be between 1 and 2000")]
    [InlineData("Input.Capacity", "twenty", "Enter how many people the venue holds as a number, for example 24")]
    [InlineData("Input.Capacity", "", "Enter how many people the venue holds")]
    public async Task A_venue_with_a_bad_detail_is_refused_on_its_field_keeping_what_was_typed_and_nothing_is_saved(string field, string typed, string message)
    {
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var form = Form();
        form[field] = typed;

        var response = await client.PostFormAsync("/Venues/Create", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        var summary = page.QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        Assert.Single(summary);
        Assert.Equal(("#" + field.Replace('.', '_'), message), (summary[0].GetAttribute("href"), summary[0].TextContent));
        Assert.Equal("Error: " + message, page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim());
        Assert.Equal(typed, page.QuerySelector($"#{field.Replace('.', '_')}")?.GetAttribute("value") ?? "");
        if (field != "Input.Name") Assert.Equal("St Mary's & <b>Hall</b>", page.QuerySelector("#Input_Name")?.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Venues.CountAsync()));
    }

    [Fact]
    public async Task A_lead_corrects_a_venue_and_a_refused_correction_changes_nothing()
    {
        var venue = await factory.VenueAsync("Reading Town Hall", capacity: 120);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var edit = $"/Venues/Edit/{venue.Id}";
        var shown = PageHtml.Parse(await client.GetPageAsync(edit));
        Assert.Equal(("Reading Town Hall", "RG1 1QH", "120"),
            (shown.QuerySelector("#Input_Name")?.GetAttribute("value"), shown.QuerySelector("#Input_Postcode")?.GetAttribute("value"), shown.QuerySelector("#Input_Capacity")?.GetAttribute("value")));

        var refused = await client.PostFormAsync(edit, Form(name: "Reading Civic Offices", capacity: "abc"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Enter how many people the venue holds as a number, for example 24",
            (await PageHtml.ParseAsync(refused)).QuerySelector(".nhsuk-error-summary__list a")?.TextContent);
        Assert.Equal(("Reading Town Hall", 120), await factory.WithDbAsync(db => db.Venues.Select(v => ValueTuple.Create(v.Name, v.Capacity)).SingleAsync()));

        clock.Advance(TimeSpan.FromHours(2));
        var saved = await client.PostFormAsync(edit, Form(name: "Reading Civic Offices", postcode: " sl1  1ea ", capacity: "90"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await factory.WithDbAsync(db => db.Venues.SingleAsync());
        Assert.Equal(("Reading Civic Offices", "SL1 1EA", 90, Now.AddHours(2)), (after.Name, after.Postcode, after.Capacity, after.UpdatedAt));
    }

    [Fact]
    public async Task Retiring_a_venue_asks_first_then_moves_it_to_the_retired_list()
    {
        var venue = await factory.VenueAsync("Slough Old Library", capacity: 30);
        await factory.VenueAsync("Oxford Town Hall", capacity: 200);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/Venues/Retire/{venue.Id}"));
        Assert.Equal("Retire this venue?", confirm.TextOf("h1"));
        var consequences = confirm.QuerySelectorAll("#what-happens li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, consequences.Count);
        Assert.Equal("Slough Old Library is no longer offered when a lead schedules an event.", consequences[0]);
        Assert.Null(await factory.WithDbAsync(db => db.Venues.Where(v => v.Id == venue.Id).Select(v => v.RetiredAt).SingleAsync()));

        clock.Advance(TimeSpan.FromDays(1));
        var response = await client.PostFormAsync($"/Venues/Retire/{venue.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString));
        var tables = page.QuerySelectorAll("table.th-venues").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["Oxford Town Hall"], tables[0].QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(["Slough Old Library"], tables[1].QuerySelectorAll("tbody th").Select(th => th.TextContent));
        Assert.Equal(Now.AddDays(1), await factory.WithDbAsync(db => db.Venues.Where(v => v.Id == venue.Id).Select(v => v.RetiredAt).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_directory_says_so_and_offers_to_add_a_venue()
    {
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var page = PageHtml.Parse(await client.GetPageAsync("/Venues"));

        Assert.Empty(page.QuerySelectorAll("table.th-venues"));
        Assert.StartsWith("There are no venues in the directory yet.", page.TextOf("#no-venues"));
        Assert.Equal("/Venues/Create", page.QuerySelector("a.nhsuk-button")?.GetAttribute("href"));
    }
}
