using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Tests.Demo;

/// <summary>The demo loaded on a given day gives every role something to do that day, and the same demo for the same day.</summary>
public sealed class DemoTodayTests : IClassFixture<DemoTodayTests.DemoPortals>
{
    // A Tuesday afternoon in winter (GMT).
    public static readonly DateTimeOffset Today = new(2027, 2, 9, 14, 20, 0, TimeSpan.Zero);

    public sealed class DemoPortal(TimeProvider clock) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            With("Database:SeedDemoData", "true").With("Jobs:Enabled", "false");
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(s => s.AddSingleton(clock));
        }
    }

    /// <summary>Two demos loaded at the same moment, to compare; loading takes a while, so the class shares them.</summary>
    public sealed class DemoPortals : IDisposable
    {
        public DemoPortal First { get; } = new(new FakeTimeProvider(Today));
        public DemoPortal Second { get; } = new(new FakeTimeProvider(Today));

        public void Dispose()
        {
            First.Dispose();
            Second.Dispose();
        }
    }

    private readonly DemoPortal portal;
    private readonly DemoPortal again;

    public DemoTodayTests(DemoPortals portals) => (portal, again) = (portals.First, portals.Second);

    private sealed record Upcoming(string Title, int PlaceId, bool IsOnline, int Sessions, int Capacity, int Held, int Waiting, DateTimeOffset StartsAt);

    private static Task<List<Upcoming>> UpcomingAsync(DemoPortal p) => p.WithDbAsync(db => db.ProgrammeEvents.AsNoTracking()
        .Where(e => e.Status == EventStatus.Published && e.StartsAt > Today)
        .OrderBy(e => e.StartsAt).ThenBy(e => e.Title)
        .Select(e => new Upcoming(e.Title, e.PlaceId!.Value, e.IsOnline, e.Sessions.Count, e.Capacity,
            db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Booked),
            db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted), e.StartsAt!.Value))
        .ToListAsync());

    [Fact]
    public async Task Upcoming_events_reach_every_place_within_three_months_with_a_full_one_a_two_day_one_and_an_online_one()
    {
        var upcoming = await UpcomingAsync(portal);
        var places = await portal.WithDbAsync(db => db.Places.Select(p => p.Id).ToListAsync());

        Assert.All(upcoming, e => Assert.True(e.StartsAt < Today.AddDays(92), $"{e.Title} is more than three months away"));
        Assert.Equal(places.Order(), upcoming.Select(e => e.PlaceId).Distinct().Order());
        Assert.Contains(upcoming, e => e.Held == e.Capacity && e.Waiting > 0);
        Assert.Contains(upcoming, e => e.Sessions > 1);
        Assert.Contains(upcoming, e => e.IsOnline);
        Assert.Equal(upcoming, await UpcomingAsync(again));
    }

    [Fact]
    public async Task Demo_events_in_person_use_the_venue_directory_within_its_capacity_and_no_retired_venue()
    {
        var venues = await portal.WithDbAsync(db => db.Venues.AsNoTracking().OrderBy(v => v.Name).ToListAsync());
        var atVenues = await portal.WithDbAsync(db => db.ProgrammeEvents.AsNoTracking().Where(e => e.VenueId != null)
            .Select(e => new { e.Title, VenueId = e.VenueId!.Value, e.Capacity, e.VenueName, e.VenueAddress, e.AccessibilityNotes }).ToListAsync());

        Assert.Equal(5, venues.Count);
        Assert.Single(venues, v => v.IsRetired);
        Assert.Equal(3, atVenues.Count);
        Assert.All(atVenues, e =>
        {
            var venue = venues.Single(v => v.Id == e.VenueId);
            Assert.False(venue.IsRetired, $"{e.Title} is at a retired venue");
            Assert.True(e.Capacity <= venue.Capacity, $"{e.Title} offers more places than {venue.Name} holds");
            Assert.Equal((venue.Name, venue.Details.Address, venue.AccessibilityNotes), (e.VenueName, e.VenueAddress, e.AccessibilityNotes));
        });
        Assert.Equal("RG1 1QH", venues.Single(v => v.Name == "Reading Town Hall").Postcode);
    }

    [Fact]
    public async Task The_demo_attendee_can_check_in_today_and_has_a_completed_course_with_feedback_still_open()
    {
        var attendee = await portal.WithDbAsync(db => db.People.SingleAsync(p => p.WorkEmail == DemoProgramme.Accounts[3].Email));
        var bookings = await portal.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.PersonId == attendee.Id)
            .Select(b => new
            {
                b.Id, b.State, b.CompletedAt, b.ProgrammeEvent!.EndsAt, b.ProgrammeEvent.CheckInOpensMinutesBefore,
                Sessions = b.ProgrammeEvent.Sessions.Select(s => new { s.StartsAt, s.EndsAt }).ToList()
            })
            .ToListAsync());

        Assert.Contains(bookings, b => b.State == BookingState.Booked
            && b.Sessions.Any(s => SelfCheckIn.WhyNot(true, b.CheckInOpensMinutesBefore, s.StartsAt, s.EndsAt, Today) is null));
        var answered = await portal.WithDbAsync(db => db.FeedbackResponses.Where(r => r.Booking!.PersonId == attendee.Id).Select(r => r.BookingId).ToListAsync());
        var open = Assert.Single(bookings, b => FeedbackWindow.WhyNot(b.State, b.CompletedAt, b.EndsAt, Today) is null && !answered.Contains(b.Id));
        Assert.Equal(BookingState.Attended, open.State);
        var client = portal.CreateClientFor(attendee.Id);
        await client.GetPageAsync($"/TrainingRecord/Certificate/{open.Id}");
        await client.GetPageAsync($"/Feedback/{open.Id}");
    }

    [Fact]
    public async Task The_demo_attendee_is_offered_the_waiting_list_of_the_full_course_and_a_place_where_places_are_left()
    {
        var attendee = await portal.WithDbAsync(db => db.People.SingleAsync(p => p.WorkEmail == DemoProgramme.Accounts[3].Email));
        var events = await portal.WithDbAsync(db => db.ProgrammeEvents.Where(e => e.Status == EventStatus.Published && e.StartsAt > Today)
            .Select(e => new { e.Id, e.Capacity, Held = db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Booked) }).ToListAsync());
        var client = portal.CreateClientFor(attendee.Id);

        async Task<IReadOnlyList<string>> ButtonsAsync(int eventId) =>
            new HtmlParser().ParseDocument(await client.GetPageAsync($"/Events/Details/{eventId}"))
                .QuerySelectorAll("main .nhsuk-button").Select(b => b.TextContent.Trim()).ToList();

        Assert.Equal(["Join the waiting list"], await ButtonsAsync(events.First(e => e.Held == e.Capacity).Id));
        Assert.Equal(["Book a place"], await ButtonsAsync(events.First(e => e.Held == 0).Id));
    }

    [Fact]
    public async Task The_facilitator_has_a_review_overdue_and_one_due_within_a_fortnight_and_practices_sit_in_networks()
    {
        var today = LondonTime.DateOf(Today);
        var dues = await portal.WithDbAsync(db => db.FidelityReviews.Where(r => r.Status == TrainingHub.Web.Data.Entities.Facilitation.ReviewStatus.Completed)
            .Select(r => r.NextReviewDue).ToListAsync());
        var withoutNetwork = await portal.WithDbAsync(db => db.Practices.CountAsync(p => p.Status == TrainingHub.Web.Domain.Practices.PracticeStatus.Active && p.PrimaryCareNetworkId == null));

        Assert.Contains(dues, d => d < today);
        Assert.Contains(dues, d => d >= today && d <= today.AddDays(14));
        Assert.Equal(0, withoutNetwork);
        Assert.True(await portal.WithDbAsync(db => db.PrimaryCareNetworks.CountAsync()) >= 4);
    }
}
