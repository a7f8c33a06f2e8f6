using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>Ending a booking goes through a page that says what will happen; only its POST changes anything.</summary>
public sealed class CancelConfirmationTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task An_attendee_sees_what_cancelling_does_and_only_confirming_cancels_then_the_booking_shows_a_success_banner()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 2);
        var e = await factory.BookableEventAsync(capacity: 1);
        var client = factory.CreateClientFor(people[0].Id);
        var id = BookingsTestData.BookingIdFrom(await client.BookAsync(e.Id))!.Value;
        await factory.CreateClientFor(people[1].Id).BookAsync(e.Id);

        var details = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Details/{id}"));
        Assert.Empty(details.QuerySelectorAll("form[action*='Cancel']"));
        Assert.Equal($"/Bookings/Cancel/{id}", details.QuerySelector("a.nhsuk-button--warning")?.GetAttribute("href"));
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Cancel/{id}"));
        Assert.Equal("Cancel your place?", confirm.TextOf("h1"));
        var happens = confirm.QuerySelectorAll("#what-happens li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("The place is offered to the first of the 1 person on the waiting list.", happens);
        Assert.Contains("We email you to confirm it.", happens);
        Assert.Equal(BookingState.Booked, (await factory.BookingsOnAsync(e.Id)).Single(b => b.Id == id).State);

        var response = await client.PostFormAsync($"/Bookings/Cancel/{id}", new { Reason = "Clinic clash" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Bookings/Details/{id}", response.Headers.Location!.OriginalString);
        var after = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location.OriginalString));
        Assert.Equal("Your place is cancelled.", after.TextOf(".nhsuk-notification-banner__heading"));
        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(BookingState.Cancelled, bookings.Single(b => b.Id == id).State);
        Assert.Equal(BookingState.Offered, bookings.Single(b => b.Id != id).State);
    }

    [Fact]
    public async Task A_lead_removing_someone_from_the_waiting_list_must_give_a_reason_and_returns_to_the_attendees_with_a_banner()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var people = await factory.StaffAsync(practice.Id, 3);
        var e = await factory.BookableEventAsync(capacity: 1);
        foreach (var p in people) await factory.CreateClientFor(p.Id).BookAsync(e.Id);
        var first = (await factory.BookingsOnAsync(e.Id)).Single(b => b.WaitingPosition == 1);
        var client = factory.CreateClientFor(lead.Id);

        var attendees = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Attendees/{e.Id}"));
        Assert.Equal(2, attendees.QuerySelectorAll("#remove-from-waiting-list a").Length);
        var name = people.Single(p => p.Id == first.PersonId).FullName;
        var confirm = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Cancel/{first.Id}"));
        Assert.Equal($"Remove {name} from the waiting list?", confirm.TextOf("h1"));
        var noReason = await client.PostFormAsync($"/Bookings/Cancel/{first.Id}", new { Reason = " " });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Equal("Enter a reason", (await PageHtml.ParseAsync(noReason)).TextOf(".nhsuk-error-summary__list a[href='#Reason']"));
        Assert.Equal(BookingState.Waitlisted, (await factory.BookingsOnAsync(e.Id)).Single(b => b.Id == first.Id).State);

        var removed = await client.PostFormAsync($"/Bookings/Cancel/{first.Id}", new { Reason = "Left the practice" });

        Assert.Equal($"/Bookings/Attendees/{e.Id}", removed.Headers.Location!.OriginalString);
        var after = PageHtml.Parse(await client.GetPageAsync(removed.Headers.Location.OriginalString));
        Assert.Equal($"{name} removed from the waiting list.", after.TextOf(".nhsuk-notification-banner__heading"));
        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(BookingState.Cancelled, bookings.Single(b => b.Id == first.Id).State);
        Assert.Equal(1, bookings.Single(b => b.State == BookingState.Waitlisted).WaitingPosition);
    }

    [Fact]
    public async Task An_attendee_cannot_open_the_confirmation_for_someone_elses_booking()
    {
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 2);
        var e = await factory.BookableEventAsync();
        var theirs = BookingsTestData.BookingIdFrom(await factory.CreateClientFor(people[1].Id).BookAsync(e.Id))!.Value;

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientFor(people[0].Id).GetAsync($"/Bookings/Cancel/{theirs}")).StatusCode);
    }
}
