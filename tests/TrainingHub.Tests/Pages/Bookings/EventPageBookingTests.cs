using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>The event page's own "Book a place" form, posted exactly as a browser posts it.</summary>
public sealed class EventPageBookingTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task The_book_a_place_form_on_the_event_page_carries_its_antiforgery_token_and_books()
    {
        var practice = await factory.PracticeAsync();
        var person = await factory.Data.PersonAsync(practice.Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var page = await client.GetPageAsync($"/Events/Details/{e.Id}");

        // Only the fields inside this form: another form's token on the page (signing out) does not travel with it.
        var form = Regex.Match(page, $"<form method=\"post\" action=\"/Bookings/Book/{e.Id}\">(.*?)</form>", RegexOptions.Singleline);
        Assert.True(form.Success, "The event page has no form that books a place");
        var token = Forms.AntiforgeryToken(form.Groups[1].Value);
        var response = await client.PostAsync($"/Bookings/Book/{e.Id}", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(BookingState.Booked, Assert.Single(await factory.BookingsOnAsync(e.Id)).State);
    }
}
