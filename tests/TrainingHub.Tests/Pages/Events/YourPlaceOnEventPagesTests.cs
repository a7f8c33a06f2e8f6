using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>The catalogue and the event page show the signed-in person's own state and offer only what it allows.</summary>
public sealed class YourPlaceOnEventPagesTests : IDisposable
{
    private const string Link = "https://meet.example/j/4471";
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    private static async Task<IDocument> PageAsync(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetPageAsync(url));

    private static IReadOnlyList<string> Buttons(IDocument page) =>
        page.QuerySelectorAll("main .nhsuk-button").Select(b => b.TextContent.Trim()).ToList();

    private static string? Standing(IDocument page) => page.QuerySelector("#your-place p")?.TextContent.Trim();

    private static string YourPlaceInCatalogue(IDocument page, string title) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(title)).QuerySelector(".th-your-place")!.TextContent
            .Replace("Your place", "").Trim();

    private async Task<ProgrammeEvent> OnlineEventAsync(int capacity = 20, int? trainerId = null)
    {
        var e = await factory.BookableEventAsync(capacity);
        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.IsOnline, true).SetProperty(x => x.VenueName, (string?)null).SetProperty(x => x.JoiningLink, Link)));
        if (trainerId is { } id)
            await factory.WithDbAsync(db => { db.EventTrainers.Add(new EventTrainer { ProgrammeEventId = e.Id, PersonId = id, Role = TrainerRole.Lead }); return db.SaveChangesAsync(); });
        return e;
    }

    [Fact]
    public async Task A_booked_attendee_is_told_they_have_a_place_and_offered_their_booking_not_the_waiting_list()
    {
        var practice = await factory.PracticeAsync();
        var e = await factory.BookableEventAsync(capacity: 1);
        var person = await factory.Data.PersonAsync(practice.Id);
        var booking = await factory.BookingAsync(e.Id, person.Id, practice.Id);
        var client = factory.CreateClientFor(person.Id);

        var page = await PageAsync(client, $"/Events/Details/{e.Id}");
        var catalogue = await PageAsync(client, "/Events");

        Assert.Equal("You have a place.", Standing(page));
        Assert.Equal(["See your booking"], Buttons(page));
        Assert.Equal($"/Bookings/Details/{booking.Id}", page.QuerySelector("main a.nhsuk-button")!.GetAttribute("href"));
        Assert.Equal("You have a place", YourPlaceInCatalogue(catalogue, e.Title));
    }

    [Fact]
    public async Task Waiting_offered_and_cancelled_people_each_see_their_own_state_and_only_what_it_allows()
    {
        var practice = await factory.PracticeAsync();
        var e = await factory.BookableEventAsync(capacity: 1);
        var (holder, waiting, offered, cancelled, newcomer) = (await factory.Data.PersonAsync(practice.Id), await factory.Data.PersonAsync(practice.Id),
            await factory.Data.PersonAsync(practice.Id), await factory.Data.PersonAsync(practice.Id), await factory.Data.PersonAsync(practice.Id));
        await factory.BookingAsync(e.Id, holder.Id, practice.Id);
        var offerUntil = new DateTimeOffset(2030, 1, 15, 12, 0, 0, TimeSpan.Zero);
        await factory.WithDbAsync(db =>
        {
            var at = offerUntil.AddDays(-3);
            db.Bookings.Add(TestBookings.In(BookingState.Offered, e.Id, offered.Id, at, practice.Id, offerExpiresAt: offerUntil));
            db.Bookings.Add(TestBookings.In(BookingState.Waitlisted, e.Id, waiting.Id, at, practice.Id, waitingPosition: 2));
            return db.SaveChangesAsync();
        });
        await factory.BookingAsync(e.Id, cancelled.Id, practice.Id, BookingState.Cancelled);

        async Task<(string? Standing, string Buttons, string Catalogue)> SeenByAsync(Person p)
        {
            var client = factory.CreateClientFor(p.Id);
            var page = await PageAsync(client, $"/Events/Details/{e.Id}");
            return (Standing(page), string.Join("|", Buttons(page)), YourPlaceInCatalogue(await PageAsync(client, "/Events"), e.Title));
        }

        Assert.Equal(("You are number 2 on the waiting list.", "See your booking", "You are number 2 on the waiting list"), await SeenByAsync(waiting));
        var offeredSees = await SeenByAsync(offered);
        Assert.Equal("You are offered a place until 12:00 on Tuesday 15 January (UK time).", offeredSees.Standing);
        Assert.Equal("See your booking", offeredSees.Buttons);
        Assert.Equal(("You cancelled your place.", "Join the waiting list", "You cancelled your place"), await SeenByAsync(cancelled));
        Assert.Equal(((string?)null, "Join the waiting list", "Not booked"), await SeenByAsync(newcomer));
    }

    [Fact]
    public async Task A_free_place_while_others_wait_is_offered_as_the_waiting_list_on_the_booking_page_too()
    {
        var practice = await factory.PracticeAsync();
        var e = await factory.BookableEventAsync(capacity: 2);
        var (waiting, newcomer) = (await factory.Data.PersonAsync(practice.Id), await factory.Data.PersonAsync(practice.Id));
        // A place has just come free and the offer to the first in line is not made yet: nobody may jump the queue.
        await factory.BookingAsync(e.Id, waiting.Id, practice.Id, BookingState.Waitlisted);
        var client = factory.CreateClientFor(newcomer.Id);

        var eventPage = await PageAsync(client, $"/Events/Details/{e.Id}");
        var bookPage = await PageAsync(client, $"/Bookings/Book/{e.Id}");

        Assert.Equal(["Join the waiting list"], Buttons(eventPage));
        Assert.Equal(["Join the waiting list"], bookPage.QuerySelectorAll("main form button").Select(b => b.TextContent.Trim()));
        Assert.Contains(bookPage.QuerySelectorAll("main p"), p => p.TextContent.Trim().StartsWith("Places are free, but 1 person is waiting"));
    }

    [Fact]
    public async Task Someone_not_linked_to_a_practice_is_told_why_instead_of_offered_a_booking_that_would_be_refused()
    {
        var e = await factory.BookableEventAsync();
        var person = await factory.Data.PersonAsync();

        var page = await PageAsync(factory.CreateClientFor(person.Id), $"/Events/Details/{e.Id}");

        Assert.Empty(Buttons(page));
        Assert.Contains(page.QuerySelectorAll("main p"), p => p.TextContent.Trim() == YourPlace.NotInAPractice + ".");
    }

    [Fact]
    public async Task The_joining_link_is_shown_only_to_people_with_a_place_leads_and_the_events_trainers()
    {
        var practice = await factory.PracticeAsync();
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var e = await OnlineEventAsync(trainerId: trainer.Id);
        var booked = await factory.Data.PersonAsync(practice.Id);
        var waiting = await factory.Data.PersonAsync(practice.Id);
        await factory.BookingAsync(e.Id, booked.Id, practice.Id);
        await factory.BookingAsync(e.Id, waiting.Id, practice.Id, BookingState.Waitlisted);
        var seers = new[] { booked, trainer, await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead) };
        var others = new[] { waiting, await factory.Data.PersonAsync(practice.Id), await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer) };

        foreach (var (people, sees) in new[] { (seers, true), (others, false) })
            foreach (var person in people)
            {
                var client = factory.CreateClientFor(person.Id);
                var page = await PageAsync(client, $"/Events/Details/{e.Id}");
                var ics = await client.GetStringAsync($"/Events/Calendar/{e.Id}");
                Assert.True(sees == page.QuerySelectorAll("a").Any(a => a.GetAttribute("href") == Link), $"{person.FullName}: link on the page");
                Assert.True(sees == ics.Contains("meet.example"), $"{person.FullName}: link in the calendar file");
            }
    }

    [Fact]
    public async Task The_calendar_feed_carries_an_attendees_booked_sessions_with_the_link_and_a_trainers_deliveries()
    {
        var practice = await factory.PracticeAsync();
        var person = await factory.Data.PersonAsync(practice.Id, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var booked = await OnlineEventAsync();
        var waiting = await factory.BookableEventAsync();
        var delivered = await factory.BookableEventAsync();
        var notMine = await factory.BookableEventAsync();
        await factory.BookingAsync(booked.Id, person.Id, practice.Id);
        await factory.BookingAsync(waiting.Id, person.Id, practice.Id, BookingState.Waitlisted);
        await factory.WithDbAsync(db => { db.EventTrainers.Add(new EventTrainer { ProgrammeEventId = delivered.Id, PersonId = person.Id, Role = TrainerRole.Lead }); return db.SaveChangesAsync(); });
        var client = factory.CreateClientFor(person.Id);
        await client.PostFormAsync("/Calendar", new { });
        var token = await factory.WithDbAsync(db => db.CalendarFeeds.Where(f => f.PersonId == person.Id).Select(f => f.Token).SingleAsync());

        var feed = await factory.CreateAnonymousClient().GetStringAsync($"/Calendar/Feed/{token}");
        var page = await PageAsync(client, "/Calendar");

        var uids = feed.Split("\r\n").Where(l => l.StartsWith("UID:")).ToList();
        Assert.Equal(2, uids.Count);
        Assert.Contains(uids, u => u.StartsWith($"UID:traininghub-event-{booked.Id}-session-"));
        Assert.Contains(uids, u => u.StartsWith($"UID:traininghub-event-{delivered.Id}-session-"));
        Assert.Contains("meet.example", feed);
        Assert.Equal(["the sessions of events you have a place on (1 now), with the joining link for those online", "the sessions you deliver as a trainer (1 now)"],
            page.QuerySelectorAll("#feed-contents li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain($"event-{notMine.Id}-", feed);
    }
}
