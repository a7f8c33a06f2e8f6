using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Pages.Venues;

/// <summary>
/// A corrected venue reaches the events still to come there, as a recorded change their booked people are told about;
/// events already held or cancelled keep what they had; the venue cannot hold fewer than an upcoming event offers.
/// </summary>
public sealed class VenueCorrectionTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    private static Dictionary<string, string> Form(string addressLine1, string capacity = "120") => new()
    {
        ["Input.Name"] = "Reading Town Hall", ["Input.AddressLine1"] = addressLine1, ["Input.AddressLine2"] = "", ["Input.Town"] = "Reading",
        ["Input.Postcode"] = "RG1 1QH", ["Input.AccessibilityNotes"] = "Step-free entrance on Blagrave Street; hearing loop", ["Input.Capacity"] = capacity,
    };

    private async Task<int> EventAtAsync(int venueId, int daysFromNow, EventStatus status = EventStatus.Published, int capacity = 20)
    {
        var e = await factory.BookableEventAsync(capacity: capacity, status: status);
        var startsAt = factory.Now().AddDays(daysFromNow);
        await factory.WithDbAsync(async db =>
        {
            var saved = await db.ProgrammeEvents.Include(x => x.Sessions).SingleAsync(x => x.Id == e.Id);
            (saved.VenueId, saved.VenueName, saved.VenueAddress) = (venueId, "Reading Town Hall", "Blagrave Street, Reading, RG1 1QH");
            saved.Sessions.Single().StartsAt = startsAt;
            saved.Sessions.Single().EndsAt = startsAt.AddHours(6);
            saved.RecalculateDates();
            await db.SaveChangesAsync();
        });
        return e.Id;
    }

    [Fact]
    public async Task A_corrected_address_reaches_upcoming_events_and_their_booked_people_but_not_events_held_or_cancelled()
    {
        var venue = await factory.VenueAsync();
        var upcoming = await EventAtAsync(venue.Id, 30);
        var held = await EventAtAsync(venue.Id, -10, EventStatus.Completed);
        var cancelled = await EventAtAsync(venue.Id, 40, EventStatus.Cancelled);
        var attendee = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientFor(attendee.Id).BookAsync(upcoming)).StatusCode);
        factory.TestClockOf().Advance(TimeSpan.FromHours(1));
        var lead = await factory.LeadAsync();
        var client = factory.CreateClientFor(lead.Id);

        var form = PageHtml.Parse(await client.GetPageAsync($"/Venues/Edit/{venue.Id}"));
        Assert.Equal(1, form.QuerySelectorAll(".nhsuk-inset-text li a").Length);
        var response = await client.PostFormAsync($"/Venues/Edit/{venue.Id}", Form("1 Blagrave Street"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var banner = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString)).TextOf(".nhsuk-notification-banner__heading");
        Assert.Equal("Reading Town Hall saved. 1 upcoming event takes the new details.", banner);
        var events = await factory.WithDbAsync(db => db.ProgrammeEvents.AsNoTracking().Where(e => e.VenueId == venue.Id)
            .ToDictionaryAsync(e => e.Id, e => (e.VenueAddress, e.Sequence)));
        Assert.Equal(("1 Blagrave Street, Reading, RG1 1QH", 1), events[upcoming]);
        Assert.Equal(("Blagrave Street, Reading, RG1 1QH", 0), events[held]);
        Assert.Equal(("Blagrave Street, Reading, RG1 1QH", 0), events[cancelled]);
        var change = await factory.WithDbAsync(db => db.EventChanges.AsNoTracking().SingleAsync(c => c.ProgrammeEventId == upcoming));
        Assert.Equal(lead.Id, change.ChangedById);
        Assert.StartsWith("Venue changed from 'Reading Town Hall, Blagrave Street, Reading, RG1 1QH", change.Summary);
        var told = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Where(n => n.Kind == MessageKinds.EventChanged)
            .Select(n => n.RecipientPersonId).ToListAsync());
        Assert.Equal([attendee.Id], told);
    }

    [Fact]
    public async Task A_venue_cannot_hold_fewer_people_than_an_upcoming_event_offers_and_nothing_is_saved()
    {
        var venue = await factory.VenueAsync();
        var upcoming = await EventAtAsync(venue.Id, 30, capacity: 40);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var response = await client.PostFormAsync($"/Venues/Edit/{venue.Id}", Form("1 Blagrave Street", capacity: "30"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await PageHtml.ParseAsync(response)).QuerySelector(".nhsuk-error-summary__list a");
        var title = await factory.WithDbAsync(db => db.ProgrammeEvents.Where(e => e.Id == upcoming).Select(e => e.Title).SingleAsync());
        var on = LondonTime.ToLocal(factory.Now().AddDays(30)).ToString("d MMMM yyyy");
        Assert.Equal(("#Input_Capacity", $"{title} on {on} offers 40 places at Reading Town Hall: lower its places first, or enter 40 or more"),
            (error?.GetAttribute("href"), error?.TextContent));
        var saved = await factory.WithDbAsync(db => db.Venues.AsNoTracking().SingleAsync());
        Assert.Equal(("Blagrave Street", 120), (saved.AddressLine1, saved.Capacity));
        Assert.Equal(0, await factory.WithDbAsync(db => db.EventChanges.CountAsync()));
    }
}
