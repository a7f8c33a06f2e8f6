using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Tests.Pages.Venues;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>
/// The event form chooses a venue from the directory (only those not retired) or takes one typed in ("other"); the
/// chosen venue's address and accessibility notes go on the event's page, and it never offers more places than the venue holds.
/// </summary>
public sealed class EventVenueTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);
    private readonly PortalFactory factory;

    public EventVenueTests() => factory = new PortalFactory().WithServices(s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => factory.Dispose();

    private static List<KeyValuePair<string, string>> Form(int? venueId, string capacity = "20", string? typedVenue = null) =>
    [
        new("Input.EventTypeId", "2"), new("Input.Title", "YOC training course, Reading"), new("Input.IsOnline", "false"),
        new("Input.VenueId", venueId?.ToString() ?? ""), new("Input.VenueName", typedVenue ?? ""), new("Input.Capacity", capacity),
        new("Input.Sequence", "0"), new("Input.Sessions[0].Date", "2027-03-10"), new("Input.Sessions[0].Start", "09:30"),
        new("Input.Sessions[0].End", "16:30"),
    ];

    [Fact]
    public async Task The_form_offers_the_venues_not_retired_and_other()
    {
        var town = await factory.VenueAsync("Reading Town Hall", capacity: 120);
        var academy = await factory.VenueAsync("Aylesbury Vale Academy", capacity: 60);
        await factory.VenueAsync("Slough Old Library", capacity: 30, retired: true);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var page = PageHtml.Parse(await client.GetPageAsync("/Events/Edit?typeId=2"));

        var options = page.QuerySelectorAll("#Input_VenueId option").Select(o => (o.GetAttribute("value"), o.TextContent)).ToList();
        Assert.Equal(3, options.Count);
        Assert.Equal([("", "Other (type it below)"), (academy.Id.ToString(), "Aylesbury Vale Academy, Reading (holds 60)"),
            (town.Id.ToString(), "Reading Town Hall, Reading (holds 120)")], options);
        Assert.Equal("Venue (in person)", page.QuerySelector("label[for=Input_VenueId]")?.TextContent);
    }

    [Fact]
    public async Task With_no_venues_the_form_takes_the_venue_typed_in()
    {
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var page = PageHtml.Parse(await client.GetPageAsync("/Events/Edit?typeId=2"));
        Assert.Null(page.QuerySelector("#Input_VenueId"));
        Assert.Equal("Venue name (in person)", page.QuerySelector("label[for=Input_VenueName]")?.TextContent);

        var saved = await client.PostFormAsync("/Events/Edit", Form(null, typedVenue: "Kidlington Health Centre"), "/Events/Edit");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var e = await factory.WithDbAsync(db => db.ProgrammeEvents.SingleAsync());
        Assert.Equal((null, "Kidlington Health Centre"), (e.VenueId, e.VenueName));
    }

    [Fact]
    public async Task A_venue_that_holds_fewer_than_the_places_is_refused_on_the_venue_field_and_nothing_is_saved()
    {
        var small = await factory.VenueAsync("Slough Library meeting room", capacity: 12);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Events/Edit", Form(small.Id, capacity: "20"), "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PageHtml.ParseAsync(response)).QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        Assert.Single(summary);
        Assert.Equal(("#Input_VenueId", "Slough Library meeting room holds 12 people, fewer than the 20 places on this event: choose a larger venue, or set the number of places to 12 or fewer"),
            (summary[0].GetAttribute("href"), summary[0].TextContent));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_retired_venue_cannot_be_chosen_for_a_new_event()
    {
        var retired = await factory.VenueAsync("Slough Old Library", capacity: 30, retired: true);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Events/Edit", Form(retired.Id), "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose a venue from the list, or choose Other and type the venue",
            (await PageHtml.ParseAsync(response)).QuerySelector(".nhsuk-error-summary__list a[href='#Input_VenueId']")?.TextContent);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task The_event_page_shows_the_chosen_venues_address_and_accessibility_notes()
    {
        var venue = await factory.VenueAsync("Reading Town Hall", capacity: 20, accessibilityNotes: "Step-free entrance; hearing loop in the Council Chamber");
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var saved = await client.PostFormAsync("/Events/Edit", Form(venue.Id, capacity: "20", typedVenue: "ignored when a venue is chosen"), "/Events/Edit");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var e = await factory.WithDbAsync(db => db.ProgrammeEvents.SingleAsync());
        Assert.Equal(venue.Id, e.VenueId);
        var page = PageHtml.Parse(await client.GetPageAsync($"/Events/Details/{e.Id}"));
        var rows = page.QuerySelectorAll(".nhsuk-summary-list__row")
            .ToDictionary(r => r.QuerySelector("dt")!.TextContent.Trim(), r => r.QuerySelector("dd")!.TextContent.Trim());
        Assert.Equal("Reading Town Hall, Blagrave Street, Reading, RG1 1QH", rows["Venue"]);
        Assert.Equal("Step-free entrance; hearing loop in the Council Chamber", rows["Accessibility"]);

        var form = PageHtml.Parse(await client.GetPageAsync($"/Events/Edit/{e.Id}"));
        Assert.Equal(venue.Id.ToString(), form.QuerySelector("#Input_VenueId option[selected]")?.GetAttribute("value"));
    }
}
