using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Bookings;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>Booking through the pages: confirmation, cancelling, the waiting list and its offers, and bad input that changes nothing.</summary>
public sealed class BookingTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Booking_from_the_event_page_confirms_the_place_with_its_sessions_and_venue_in_uk_time()
    {
        var practice = await factory.PracticeAsync();
        var person = await factory.Data.PersonAsync(practice.Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        Assert.Contains($"action=\"/Bookings/Book/{e.Id}\"", await client.GetPageAsync($"/Events/Details/{e.Id}"));

        var response = await client.BookAsync(e.Id);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Your place is confirmed", page);
        Assert.Contains("Town Hall, Reading", page);
        Assert.Contains(LondonTime.Describe(e.StartsAt!.Value, e.EndsAt!.Value), page);
        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal((BookingState.Booked, practice.Id, ProfessionalRole.PracticeNurse), (booking.State, booking.PracticeId!.Value, booking.ProfessionalRole!.Value));
        Assert.Contains(e.Title, await client.GetPageAsync("/Bookings"));
    }

    [Fact]
    public async Task A_cancellation_offers_the_place_to_the_first_in_line_who_can_accept_it_and_the_line_closes_up()
    {
        var practice = await factory.PracticeAsync();
        var (a, b, c) = ((await factory.StaffAsync(practice.Id, 3))[0], (await factory.StaffAsync(practice.Id, 1))[0], (await factory.StaffAsync(practice.Id, 1))[0]);
        var e = await factory.BookableEventAsync(capacity: 1);
        var ids = new List<int>();
        foreach (var p in new[] { a, b, c }) ids.Add(BookingsTestData.BookingIdFrom(await factory.CreateClientFor(p.Id).BookAsync(e.Id))!.Value);

        await factory.CreateClientFor(a.Id).PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { Reason = "Clinic clash" });

        var bookings = await factory.BookingsOnAsync(e.Id);
        var offered = bookings.Single(x => x.Id == ids[1]);
        Assert.Equal(BookingState.Offered, offered.State);
        Assert.Equal(offered.OfferedAt!.Value + OfferPolicy.DefaultWindow, offered.OfferExpiresAt);
        var offer = offered.Transitions.Single(t => t.To == BookingState.Offered);
        Assert.Null(offer.ById);
        Assert.Contains("cancelled", offer.Reason);
        Assert.Equal(1, bookings.Single(x => x.Id == ids[2]).WaitingPosition);
        Assert.Contains("Clinic clash", bookings.Single(x => x.Id == ids[0]).CancellationReason);

        var accepted = await factory.CreateClientFor(b.Id).PostFormAsync($"/Bookings/Details/{ids[1]}", new { }, $"/Bookings/Details/{ids[1]}?handler=Accept");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(BookingState.Booked, (await factory.BookingsOnAsync(e.Id)).Single(x => x.Id == ids[1]).State);
    }

    [Fact]
    public async Task A_lapsed_offer_passes_to_the_next_in_line_and_immediate_promotion_skips_the_offer()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 3);
        var e = await factory.BookableEventAsync(capacity: 1);
        var ids = new List<int>();
        foreach (var p in people) ids.Add(BookingsTestData.BookingIdFrom(await factory.CreateClientFor(p.Id).BookAsync(e.Id))!.Value);
        await factory.CreateClientFor(people[0].Id).PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { });
        await factory.WithDbAsync(db => db.Bookings.Where(x => x.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(x => x.OfferExpiresAt, factory.Now().AddMinutes(-1))));

        await SweepAsync();

        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(BookingState.Cancelled, bookings.Single(x => x.Id == ids[1]).State);
        Assert.Contains("lapsed", bookings.Single(x => x.Id == ids[1]).Transitions.Last().Reason);
        Assert.Equal(BookingState.Offered, bookings.Single(x => x.Id == ids[2]).State);
        var late = await factory.CreateClientFor(people[1].Id).PostFormAsync($"/Bookings/Details/{ids[1]}", new { }, $"/Bookings/Details/{ids[1]}?handler=Accept");
        Assert.Contains("There is no offer to accept", await late.Content.ReadAsStringAsync());

        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.PromoteImmediately, true)));
        var d = (await factory.StaffAsync(practice.Id, 1))[0];
        var dId = BookingsTestData.BookingIdFrom(await factory.CreateClientFor(d.Id).BookAsync(e.Id))!.Value;
        await factory.CreateClientFor(people[2].Id).PostFormAsync($"/Bookings/Cancel/{ids[2]}", new { });
        Assert.Equal(BookingState.Booked, (await factory.BookingsOnAsync(e.Id)).Single(x => x.Id == dId).State);
    }

    [Fact]
    public async Task Declining_an_offer_passes_it_to_the_next_in_line_and_says_so()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 3);
        var e = await factory.BookableEventAsync(capacity: 1);
        var ids = new List<int>();
        foreach (var p in people) ids.Add(BookingsTestData.BookingIdFrom(await factory.CreateClientFor(p.Id).BookAsync(e.Id))!.Value);
        await factory.CreateClientFor(people[0].Id).PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { });
        var offerPage = await factory.CreateClientFor(people[1].Id).GetPageAsync($"/Bookings/Details/{ids[1]}");
        Assert.Contains("Decline the offer", offerPage);

        await factory.CreateClientFor(people[1].Id).PostFormAsync($"/Bookings/Cancel/{ids[1]}", new { Reason = "Cannot get cover" });

        var bookings = await factory.BookingsOnAsync(e.Id);
        var declined = bookings.Single(x => x.Id == ids[1]).Transitions.Last();
        Assert.Equal((BookingState.Offered, BookingState.Cancelled, people[1].Id), (declined.From, declined.To, declined.ById!.Value));
        Assert.Equal("Declined the offer of a place: Cannot get cover", declined.Reason);
        Assert.Contains("declined an offer", bookings.Single(x => x.Id == ids[2]).Transitions.Last().Reason);
        Assert.Equal(BookingState.Offered, bookings.Single(x => x.Id == ids[2]).State);
    }

    [Fact]
    public async Task No_offer_is_made_once_booking_has_closed()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 2);
        var e = await factory.BookableEventAsync(capacity: 1);
        var ids = new List<int>();
        foreach (var p in people) ids.Add(BookingsTestData.BookingIdFrom(await factory.CreateClientFor(p.Id).BookAsync(e.Id))!.Value);
        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.BookingClosesAt, factory.Now().AddMinutes(-1))));

        await factory.CreateClientFor(people[0].Id).PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { });
        await SweepAsync();

        Assert.Equal(BookingState.Waitlisted, (await factory.BookingsOnAsync(e.Id)).Single(x => x.Id == ids[1]).State);
    }

    [Fact]
    public async Task Booking_a_closed_cancelled_or_draft_event_says_why_and_changes_nothing()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var client = factory.CreateClientFor(person.Id);
        var closed = await factory.BookableEventAsync(closesAt: factory.Now().AddDays(-1));
        var cancelled = await factory.BookableEventAsync(status: EventStatus.Cancelled);
        var draft = await factory.BookableEventAsync(status: EventStatus.Draft);

        Assert.Contains("Booking for this event has closed", await (await client.BookAsync(closed.Id)).Content.ReadAsStringAsync());
        Assert.Contains("This event has been cancelled", await (await client.BookAsync(cancelled.Id)).Content.ReadAsStringAsync());
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{closed.Id}"));
        var toDraft = await client.PostAsync($"/Bookings/Book/{draft.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, toDraft.StatusCode);
        var toNowhere = await client.PostAsync("/Bookings/Book/999999", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, toNowhere.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Bookings.CountAsync()));
    }

    [Fact]
    public async Task Booking_twice_or_without_a_practice_is_refused_with_a_message()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var noPractice = await factory.Data.PersonAsync(null);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{e.Id}"));
        await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        var again = await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Contains("You already have a booking for this event", await again.Content.ReadAsStringAsync());
        Assert.Contains("Only people who work in a practice can book", await (await factory.CreateClientFor(noPractice.Id).BookAsync(e.Id)).Content.ReadAsStringAsync());
        Assert.Single(await factory.BookingsOnAsync(e.Id));
    }

    [Fact]
    public async Task The_book_button_on_the_event_page_carries_its_own_antiforgery_token_and_books()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var eventPage = await client.GetPageAsync($"/Events/Details/{e.Id}");

        var response = await client.PostAsync($"/Bookings/Book/{e.Id}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", Forms.AntiforgeryToken(eventPage))]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(BookingState.Booked, Assert.Single(await factory.BookingsOnAsync(e.Id)).State);
    }

    [Fact]
    public async Task A_second_submit_of_the_booking_form_links_to_the_booking_already_held_instead_of_offering_to_book_again()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Book/{e.Id}"));
        await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var again = await (await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
            .Content.ReadAsStringAsync();

        var held = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Contains("You already have a booking for this event", again);
        Assert.Contains($"<a href=\"/Bookings/Details/{held.Id}\">See your booking</a>", again);
        Assert.DoesNotContain(">Book a place</button>", again);
    }

    [Fact]
    public async Task An_attendee_cannot_cancel_after_the_cut_off_but_a_lead_can_and_it_counts_as_late()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await factory.BookableEventAsync(cutOffHours: 24 * 40);
        var id = BookingsTestData.BookingIdFrom(await factory.CreateClientFor(person.Id).BookAsync(e.Id))!.Value;

        var refused = await factory.CreateClientFor(person.Id).PostFormAsync($"/Bookings/Cancel/{id}", new { });
        Assert.Contains("can only be cancelled here until", await refused.Content.ReadAsStringAsync());
        Assert.Equal(BookingState.Booked, (await factory.BookingsOnAsync(e.Id))[0].State);

        var byLead = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Bookings/Cancel/{id}", new { Reason = "Off sick" });
        Assert.Equal(HttpStatusCode.Redirect, byLead.StatusCode);
        var cancelled = (await factory.BookingsOnAsync(e.Id))[0];
        Assert.True(cancelled.IsLateCancellation);
        Assert.Equal(lead.Id, cancelled.CancelledById);
        Assert.Contains("Off sick", cancelled.CancellationReason);
    }

    [Fact]
    public async Task An_attendee_never_sees_or_changes_someone_elses_booking_by_editing_its_id()
    {
        var practice = await factory.PracticeAsync();
        var (mine, theirs) = ((await factory.StaffAsync(practice.Id, 1))[0], (await factory.StaffAsync(practice.Id, 1))[0]);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(mine.Id);
        var myId = BookingsTestData.BookingIdFrom(await client.BookAsync(e.Id))!.Value;
        var theirId = BookingsTestData.BookingIdFrom(await factory.CreateClientFor(theirs.Id).BookAsync(e.Id))!.Value;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Bookings/Details/{theirId}")).StatusCode);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/Bookings/Details/{myId}"));
        var cancel = await client.PostAsync($"/Bookings/Cancel/{theirId}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.DoesNotContain(theirs.FamilyName, await client.GetPageAsync("/Bookings"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/Bookings/Attendees/{e.Id}")).StatusCode);
        Assert.All(await factory.BookingsOnAsync(e.Id), b => Assert.Equal(BookingState.Booked, b.State));
    }

    private async Task SweepAsync()
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<OfferSweep>().RunAsync();
    }
}
