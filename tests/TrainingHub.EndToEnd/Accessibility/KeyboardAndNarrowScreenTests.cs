using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using Xunit.Abstractions;

namespace TrainingHub.EndToEnd.Accessibility;

/// <summary>
/// Booking without a mouse, and the pages attendees and trainers use on their phones: the catalogue, the booking page
/// and the attendance register on a 375-pixel-wide screen.
/// </summary>
public sealed class KeyboardAndNarrowScreenTests(BrowserFixture browser, PortalFixture fixture, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<PortalFixture>
{
    private static readonly string Attendee = DemoProgramme.Accounts[3].Email;
    private static readonly string Trainer = DemoProgramme.Accounts[1].Email;
    /// <summary>A demo event with places left that the demo attendee has not booked (see DemoBookings).</summary>
    private const string TopicSession = "Topic session: MSK conditions";

    private readonly KestrelPortal portal = fixture.Portal;
    private readonly PortalData data = fixture.Portal.Data;
    private readonly Stopwatch watch = Stopwatch.StartNew();

    [Fact]
    public async Task An_attendee_signs_in_finds_and_books_an_event_with_the_keyboard_alone_and_always_sees_where_focus_is()
    {
        await using var journey = await Journey.StartAsync(browser, portal, email: null);
        var keys = new KeyboardUser(journey.Page);
        await journey.GoToAsync("/Account/SignIn");

        var skip = await keys.TabToAsync("Skip to main content");
        Assert.True(skip.Visible);
        var box = await journey.Page.Locator(".nhsuk-skip-link").BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "The skip link is not on screen when it has focus");
        await journey.ScreenshotAsync("keyboard-1-skip-link");
        await keys.PressAsync("Enter");
        var first = await keys.TabToAsync("");
        Assert.True(first.InMain, $"After the skip link, Tab went to {first.Tag} '{first.Name}', outside the main content");
        await keys.TabToAsync("Work email address");
        await keys.TypeAsync(Attendee);
        await keys.TabToAsync("Password");
        await keys.TypeAsync(DemoProgramme.Password);
        await keys.PressAsync("Enter");
        await journey.Page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));

        await keys.TabToAsync("Find training");
        await keys.PressAsync("Enter");
        await journey.HeadingAsync("Find training");
        await keys.TabToAsync(TopicSession);
        await journey.ScreenshotAsync("keyboard-2-catalogue-focus");
        await keys.PressAsync("Enter");
        await journey.HeadingAsync(TopicSession);

        // Overshoot the button and come back to it, as a keyboard user often does.
        await keys.TabToAsync("Book a place");
        await keys.TabToAsync("Add to your calendar");
        var book = await keys.TabToAsync("Book a place", backwards: true);
        Assert.Equal("button", book.Tag);
        await journey.ScreenshotAsync("keyboard-3-book-button-focus");
        await keys.PressAsync("Space");
        await journey.SeesAsync("Your place is confirmed.");
        await journey.ScreenshotAsync("keyboard-4-booked");

        var amy = await data.PersonAsync(Attendee);
        var state = await data.QueryAsync(db => db.Bookings.Where(b => b.PersonId == amy.Id && b.ProgrammeEvent!.Title == TopicSession)
            .Select(b => b.State).SingleAsync());
        Assert.Equal(BookingState.Booked, state);
        Finish();
    }

    [Fact]
    public async Task On_a_375_pixel_screen_the_catalogue_booking_page_menu_and_register_fit_and_work()
    {
        var tom = await data.PersonAsync(Trainer);
        var course = await data.EventAsync("YOC training course, Thame", 2, 9, new(9, 0), new(16, 30), EventStatus.Published, (tom.Id, TrainerRole.Lead));
        var now = data.Now;
        var today = await data.EventAsync("YOC training course, Witney", 2, now.AddHours(-1), now.AddHours(5), EventStatus.Published, (tom.Id, TrainerRole.Lead));
        var booked = await data.StaffAsync(2, skip: 5);
        foreach (var person in booked) await data.BookAsync(today.Id, person);

        await using (var amy = await Journey.StartAsync(browser, portal, Attendee, NarrowScreen.Options))
        {
            var page = amy.Page;
            await amy.GoToAsync("/Events");
            await amy.HeadingAsync("Find training");
            var filter = page.GetByRole(AriaRole.Button, new() { Name = "Filter" });
            var link = page.GetByRole(AriaRole.Link, new() { Name = course.Title });
            await NarrowScreen.AssertFitsAsync(page, page.GetByLabel("Type"), DateInputs.Box(page, "From", "Day"), DateInputs.Box(page, "To", "Year"), filter, link);
            await amy.ScreenshotAsync("narrow-1-catalogue");
            await link.ClickAsync();
            await amy.HeadingAsync(course.Title);

            await amy.GoToAsync($"/Bookings/Book/{course.Id}");
            await amy.HeadingAsync(course.Title);
            var book = page.GetByRole(AriaRole.Button, new() { Name = "Book a place" });
            await NarrowScreen.AssertFitsAsync(page, book);
            await amy.ScreenshotAsync("narrow-2-booking-page");
            await book.TapAsync();
            await amy.SeesAsync("Your place is confirmed.");
            await NarrowScreen.AssertFitsAsync(page);
            await amy.ScreenshotAsync("narrow-3-booked");
        }

        await using (var trainer = await Journey.StartAsync(browser, portal, Trainer, NarrowScreen.Options))
        {
            var page = trainer.Page;
            // The header's links do not all fit: the ones that do not are behind "More", which opens to show them.
            await trainer.GoToAsync("/");
            var more = page.GetByRole(AriaRole.Button, new() { Name = "More" });
            await NarrowScreen.AssertFitsAsync(page, more);
            Assert.Equal("false", await more.GetAttributeAsync("aria-expanded"));
            await more.TapAsync();
            Assert.Equal("true", await more.GetAttributeAsync("aria-expanded"));
            await page.GetByRole(AriaRole.Link, new() { Name = "Registers", Exact = true }).TapAsync();
            await trainer.HeadingAsync("Attendance registers");
            var take = page.GetByRole(AriaRole.Row).Filter(new() { HasText = today.Title }).GetByRole(AriaRole.Link, new() { Name = "Take the register" });
            await NarrowScreen.AssertFitsAsync(page, take);
            await take.TapAsync();
            await trainer.HeadingAsync($"Register: {today.Title}");
            var present = page.GetByRole(AriaRole.Button, new() { Name = $"Present – {booked[0].FullName}" });
            await NarrowScreen.AssertFitsAsync(page, present, page.GetByRole(AriaRole.Button, new() { Name = "Save register" }));
            await trainer.ScreenshotAsync("narrow-4-register");
            await present.TapAsync();
            await trainer.SeesAsync("1 present");
            await NarrowScreen.AssertFitsAsync(page);
            await trainer.ScreenshotAsync("narrow-5-register-marked");
        }

        var amyId = (await data.PersonAsync(Attendee)).Id;
        Assert.True(await data.QueryAsync(db => db.Bookings.AnyAsync(b => b.ProgrammeEventId == course.Id && b.PersonId == amyId && b.State == BookingState.Booked)));
        Assert.True(await data.QueryAsync(db => db.SessionAttendance.AnyAsync(a => a.Booking!.PersonId == booked[0].Id && a.Present)));
        Finish();
    }

    private void Finish()
    {
        output.WriteLine($"Journey took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.True(portal.Errors.All.Count == 0, string.Join("\n", portal.Errors.All));
    }
}
