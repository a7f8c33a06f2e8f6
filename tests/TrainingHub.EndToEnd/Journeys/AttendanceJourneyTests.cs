using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Register;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// An attendee books a two-day course and checks in on each day with the code shown in the room, the portal's clock
/// moving to each day. The course completes only after the second day ends: then the certificate and the feedback
/// request come, and the booking confirmation sent before the course was not dropped.
/// </summary>
public sealed class AttendanceJourneyTests(BrowserFixture browser, MailPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<MailPortalFixture>
{
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task An_attendee_checks_in_on_both_days_of_a_two_day_course_and_completes_only_after_the_second_day()
    {
        var firstDay = LondonTime.DateOf(fixture.Clock.GetUtcNow()).AddDays(40);
        var e = await Portal.Data.PublishedAsync("YOC training course (two days), Bicester", firstDay, capacity: 12, new(9, 30), new(16, 30));
        var sessions = await Portal.Data.AddDayAsync(e.Id, firstDay.AddDays(1), new(9, 30), new(16, 30));
        var codes = await Portal.Data.CheckInCodesAsync(sessions);
        var grace = await Portal.Data.AttendeeAsync("Grace", "Okafor");
        var page = await Journey.SignedInPageAsync(browser, Portal, grace.Email);

        await page.GotoAsync($"{Portal.RootUri}/Events/Details/{e.Id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.WaitForURLAsync("**/Bookings/Details/**"));
        await fixture.Mail.WaitForAsync(grace.Email, $"Your place is booked: {e.Title}");

        // Fourteen minutes before the first day starts: checked in, and nothing completed. Each day she signs in afresh.
        fixture.Clock.JumpTo(sessions[0].StartsAt.AddMinutes(-14));
        page = await Journey.SignedInPageAsync(browser, Portal, grace.Email);
        await CheckIn.WithCodeAsync(page, Portal, codes[0], $"You are checked in to {e.Title}");
        await CheckIn.WithCodeAsync(page, Portal, codes[1], "Check-in opens at 09:00 on");
        await Screenshots.SaveAsync(page, "attendance-1-checked-in-day-one");
        Assert.Equal(BookingState.Booked, await Portal.Data.StateAsync(e.Id, grace.PersonId));

        fixture.Clock.JumpTo(sessions[1].StartsAt.AddHours(1));
        page = await Journey.SignedInPageAsync(browser, Portal, grace.Email);
        await CheckIn.WithCodeAsync(page, Portal, codes[1], $"You are checked in to {e.Title}");
        await Portal.Data.CompleteEndedAsync();
        Assert.Equal(BookingState.Booked, await Portal.Data.StateAsync(e.Id, grace.PersonId));
        await page.GotoAsync($"{Portal.RootUri}/TrainingRecord");
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = $"Certificate of attendance for {e.Title}" }).CountAsync());

        fixture.Clock.JumpTo(sessions[1].EndsAt.AddMinutes(2));
        await Portal.Data.CompleteEndedAsync();
        Assert.Equal(BookingState.Attended, await Portal.Data.StateAsync(e.Id, grace.PersonId));
        await fixture.Mail.WaitForAsync(grace.Email, $"How was {e.Title}?");
        page = await Journey.SignedInPageAsync(browser, Portal, grace.Email);
        await page.GotoAsync($"{Portal.RootUri}/TrainingRecord");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Certificate of attendance for {e.Title}" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Certificate of attendance" }).WaitForAsync();
        await Screenshots.SaveAsync(page, "attendance-2-certificate");

        var outbox = await Portal.Data.QueryAsync(db => db.Notifications.Where(n => n.RecipientPersonId == grace.PersonId)
            .Select(n => n.Status).ToListAsync());
        Assert.DoesNotContain(TrainingHub.Web.Data.Entities.Notifications.NotificationStatus.Dropped, outbox);
        Assert.True(Portal.Errors.All.Count == 0, string.Join("\n", Portal.Errors.All));
    }
}
