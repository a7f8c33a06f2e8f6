using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>An attendee books through the catalogue and hears about it by email at a real SMTP server.</summary>
public sealed class AttendeeJourneyTests(BrowserFixture browser, MailPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<MailPortalFixture>
{
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task An_attendee_finds_an_event_books_it_gets_the_invitation_by_email_and_cancels()
    {
        // A June session: 10:00 UK time is 09:00 UTC (BST), which is what the invitation must say.
        var day = new DateOnly(2027, 6, 15);
        var e = await Portal.Data.PublishedAsync("Shortened YOC course, Thame", day, capacity: 12);
        var amy = DemoProgramme.Accounts[3].Email;
        var page = await Journey.SignedInPageAsync(browser, Portal, amy);

        await page.GotoAsync(Portal.RootUri + "/Events");
        await DateInputs.FillAsync(page, "From", day);
        await DateInputs.FillAsync(page, "To", day);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Screenshots.SaveAsync(page, "attendee-1-catalogue");
        await page.GetByRole(AriaRole.Link, new() { Name = e.Title }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();

        await page.WaitForURLAsync("**/Bookings/Details/**");
        await Screenshots.SaveAsync(page, "attendee-2-booked");
        Assert.Contains("Your place is confirmed.", await page.InnerTextAsync("main"));
        Assert.Equal(BookingState.Booked, await StateOfAsync(e.Id, amy));

        var confirmation = await fixture.Mail.WaitForAsync(amy, $"Your place is booked: {e.Title}");
        var invite = Assert.Single(confirmation.Attachments);
        Assert.Equal("application/ics", invite.ContentType);
        Assert.Equal("REQUEST", confirmation.Calendar!.Method);
        var request = Received.ParseIcs(invite.Content);
        Assert.Equal("REQUEST", request.GetProperty("method").GetString());
        var entry = Assert.Single(request.GetProperty("events").EnumerateArray());
        Assert.Equal($"traininghub-event-{e.Id}-session-{e.Sessions[0].Id}", entry.GetProperty("uid").GetString());
        Assert.Equal(new DateTime(2027, 6, 15, 9, 0, 0, DateTimeKind.Utc), entry.GetProperty("start").GetDateTime().ToUniversalTime());
        Assert.Contains("DTSTART;TZID=Europe/London:20270615T100000", invite.Content);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel your place" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Cancel your place?", Exact = true }).WaitForAsync();
        Assert.Contains("We email you to confirm it.", await page.InnerTextAsync("#what-happens"));
        await Screenshots.SaveAsync(page, "attendee-3-confirm-cancelling");
        Assert.Equal(BookingState.Booked, await StateOfAsync(e.Id, amy));
        await page.GetByLabel("Reason (optional)").FillAsync("A clinic moved to that morning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel your place" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Cancelled", Exact = true }).WaitForAsync();
        Assert.Contains("Your place is cancelled.", await page.InnerTextAsync(".nhsuk-notification-banner"));
        await Screenshots.SaveAsync(page, "attendee-3-cancelled");
        Assert.Equal(BookingState.Cancelled, await StateOfAsync(e.Id, amy));

        var cancellation = await fixture.Mail.WaitForAsync(amy, $"Your place is cancelled: {e.Title}");
        var cancel = Received.ParseIcs(Assert.Single(cancellation.Attachments).Content);
        Assert.Equal("CANCEL", cancel.GetProperty("method").GetString());
        Assert.Equal(entry.GetProperty("uid").GetString(), Assert.Single(cancel.GetProperty("events").EnumerateArray()).GetProperty("uid").GetString());
        Assert.Empty(Portal.Errors.All);
    }

    [Fact]
    public async Task A_waitlisted_attendee_is_offered_the_freed_place_by_email_and_accepts_it_in_the_portal()
    {
        var e = await Portal.Data.PublishedAsync("Shortened YOC course, Didcot", new DateOnly(2027, 7, 6), capacity: 1);
        var first = await Portal.Data.AttendeeAsync("Priya", "Ahmed");
        var second = await Portal.Data.AttendeeAsync("Owen", "Hughes");
        var firstPage = await Journey.SignedInPageAsync(browser, Portal, first.Email);
        var secondPage = await Journey.SignedInPageAsync(browser, Portal, second.Email);

        await BookFromDetailsAsync(firstPage, e.Id, "Book a place");
        await BookFromDetailsAsync(secondPage, e.Id, "Join the waiting list");
        Assert.Contains("You are number 1 on the waiting list", await secondPage.InnerTextAsync("main"));
        await Screenshots.SaveAsync(secondPage, "waitlist-1-on-the-list");

        await firstPage.GetByRole(AriaRole.Button, new() { Name = "Cancel your place" }).ClickAsync();
        await firstPage.GetByRole(AriaRole.Heading, new() { Name = "Cancel your place?", Exact = true }).WaitForAsync();
        await firstPage.GetByRole(AriaRole.Button, new() { Name = "Cancel your place" }).ClickAsync();
        await firstPage.GetByRole(AriaRole.Heading, new() { Name = "Cancelled", Exact = true }).WaitForAsync();

        var offer = await fixture.Mail.WaitForAsync(second.Email, $"A place is offered to you: {e.Title}");
        var link = Regex.Match(offer.Text, @"https://traininghub\.test(/Bookings/Details/\d+)");
        Assert.True(link.Success, "The offer should link to the booking, where it can be accepted: " + offer.Text);
        await secondPage.GotoAsync(Portal.RootUri + link.Groups[1].Value);
        await Screenshots.SaveAsync(secondPage, "waitlist-2-offered");
        await secondPage.GetByRole(AriaRole.Button, new() { Name = "Accept the place" }).ClickAsync();
        await secondPage.GetByText("Your place is confirmed.").WaitForAsync();
        await Screenshots.SaveAsync(secondPage, "waitlist-3-accepted");

        Assert.Equal(BookingState.Booked, await StateOfAsync(e.Id, second.Email));
        Assert.Equal(BookingState.Cancelled, await StateOfAsync(e.Id, first.Email));
        Assert.Empty(Portal.Errors.All);
    }

    private async Task BookFromDetailsAsync(IPage page, int eventId, string button)
    {
        await page.GotoAsync($"{Portal.RootUri}/Events/Details/{eventId}");
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.WaitForURLAsync("**/Bookings/Details/**"));
    }

    private Task<BookingState> StateOfAsync(int eventId, string email) => Portal.Data.QueryAsync(db =>
        db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.Person!.WorkEmail == email)
            .OrderByDescending(b => b.Id).Select(b => b.State).FirstAsync());
}
