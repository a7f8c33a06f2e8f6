using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>What impatient or unlucky people do in a real browser: click twice, go back and resubmit, mistype.</summary>
public sealed class BookingResilienceTests(BrowserFixture browser, PortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<PortalFixture>
{
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task A_double_clicked_book_button_books_one_place()
    {
        var e = await Portal.Data.PublishedAsync("Shortened YOC course, Witney", new DateOnly(2027, 5, 11), capacity: 10);
        var nurse = await Portal.Data.AttendeeAsync("Grace", "Okafor");
        var page = await Journey.SignedInPageAsync(browser, Portal, nurse.Email);

        await page.GotoAsync($"{Portal.RootUri}/Events/Details/{e.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).DblClickAsync();

        // Chrome shows the answer to the last submit: the booking itself, or, when both clicks reached the portal,
        // the second one's refusal, which must lead to the place the first one booked.
        var confirmed = page.GetByText("Your place is confirmed.");
        var seeYourBooking = page.GetByRole(AriaRole.Link, new() { Name = "See your booking" });
        await confirmed.Or(seeYourBooking).WaitForAsync();
        await Screenshots.SaveAsync(page, "resilience-double-click");
        if (await seeYourBooking.IsVisibleAsync())
        {
            Assert.Contains("You already have a booking for this event", await page.InnerTextAsync(".nhsuk-error-summary"));
            await seeYourBooking.ClickAsync();
        }
        await confirmed.WaitForAsync();

        Assert.Equal(1, await LiveBookingsAsync(e.Id, nurse.PersonId));
        Assert.Empty(Portal.Errors.All);
    }

    [Fact]
    public async Task Going_back_after_booking_offers_the_booking_made_and_no_second_one()
    {
        var e = await Portal.Data.PublishedAsync("Shortened YOC course, Abingdon", new DateOnly(2027, 5, 12), capacity: 10);
        var nurse = await Portal.Data.AttendeeAsync("Rhys", "Evans");
        var page = await Journey.SignedInPageAsync(browser, Portal, nurse.Email);

        await page.GotoAsync($"{Portal.RootUri}/Events/Details/{e.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await page.WaitForURLAsync("**/Bookings/Details/**");
        var booking = page.Url;

        // Back on the event page, it knows the nurse has a place: it offers that booking, never a second one.
        await page.GoBackAsync();
        await page.ReloadAsync();
        await page.GetByText("You have a place.").WaitForAsync();
        await Screenshots.SaveAsync(page, "resilience-back-and-book-again");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Join the waiting list" }).CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "See your booking" }).ClickAsync();
        // The booking page is already in this tab's history: wait for the click's navigation to commit and then for
        // the page's own text, not for a load event (which once never came under a loaded machine).
        await page.WaitForURLAsync(booking, new() { WaitUntil = WaitUntilState.Commit });
        await page.Locator("main").GetByText("Your place is confirmed.").WaitForAsync();

        Assert.Equal(booking, page.Url);
        Assert.Equal(1, await LiveBookingsAsync(e.Id, nurse.PersonId));
        Assert.Empty(Portal.Errors.All);
    }

    [Fact]
    public async Task Bad_input_on_the_event_form_keeps_what_was_typed_and_the_error_summary_moves_focus_to_the_fields()
    {
        var page = await Journey.SignedInPageAsync(browser, Portal, DemoProgramme.Accounts[0].Email);
        var eventsBefore = await Portal.Data.QueryAsync(db => db.ProgrammeEvents.CountAsync());

        await page.GotoAsync(Portal.RootUri + "/Events/Edit");
        await page.GetByLabel("Type of event").SelectOptionAsync(new SelectOptionValue { Label = "Shortened YOC course for staff new to PCSP practices" });
        await page.GetByLabel("Title").FillAsync("Shortened YOC course, Bicester");
        await page.GetByLabel("Other venue: name").FillAsync("");
        await page.GetByLabel("Number of places").FillAsync("0");
        await EventForm.FillSessionAsync(page, 1, new DateOnly(2027, 5, 20), "13:00", "09:30");
        await EventForm.AddSessionAsync(page, 2);
        await EventForm.TypeSessionAsync(page, 2, ["31", "2", "2027"], "09:30", "12:30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save event" }).ClickAsync();

        var summary = page.Locator(".nhsuk-error-summary");
        await summary.WaitForAsync();
        await Screenshots.SaveAsync(page, "resilience-event-form-errors");
        Assert.Equal("Shortened YOC course, Bicester", await page.GetByLabel("Title").InputValueAsync());
        Assert.Equal("0", await page.GetByLabel("Number of places").InputValueAsync());
        Assert.Equal(["20", "5", "2027"], await EventForm.DateShownAsync(page, 1));
        Assert.Equal("13:00", await EventForm.Box(page, 1, "Start time").InputValueAsync());
        Assert.Equal("09:30", await EventForm.Box(page, 1, "End time").InputValueAsync());
        Assert.Equal(["31", "2", "2027"], await EventForm.DateShownAsync(page, 2));

        await summary.GetByRole(AriaRole.Link, new() { Name = "Number of places must be between 1 and 500" }).ClickAsync();
        Assert.Equal("Input_Capacity", await FocusedIdAsync(page));
        await summary.GetByRole(AriaRole.Link, new() { Name = "Session 1 must end after it starts" }).ClickAsync();
        Assert.Equal("Input_Sessions[0]_End", await FocusedIdAsync(page));
        // A date that cannot be names its session, and its link lands on the date's first box.
        await summary.GetByRole(AriaRole.Link, new() { Name = "Session 2 date must be a real date" }).ClickAsync();
        Assert.Equal("Input_Sessions[1]_Date", await FocusedIdAsync(page));
        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter the venue name, or choose online" }).ClickAsync();
        Assert.Equal("Input_VenueName", await FocusedIdAsync(page));

        Assert.Equal(eventsBefore, await Portal.Data.QueryAsync(db => db.ProgrammeEvents.CountAsync()));
        Assert.Empty(Portal.Errors.All);
    }

    private static Task<string> FocusedIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement?.id ?? ''");

    private Task<int> LiveBookingsAsync(int eventId, int personId) => Portal.Data.QueryAsync(db =>
        db.Bookings.CountAsync(b => b.ProgrammeEventId == eventId && b.PersonId == personId && b.State != BookingState.Cancelled));
}
