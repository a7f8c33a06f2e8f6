using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Messages;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// The jobs trainers and leads do every week, in a real browser: a trainer takes the register at the door from "Your
/// sessions", adding walk-ins; a lead messages an event's people, whose email arrives once at a real SMTP server. The
/// portal's clock jumps to the day of the session.
/// </summary>
public sealed class WeeklyWorkJourneyTests(BrowserFixture browser, MailPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<MailPortalFixture>
{
    private const int YocCourse = 2;
    private static readonly string Lead = DemoProgramme.Accounts[0].Email;
    private static readonly string Trainer = DemoProgramme.Accounts[1].Email;
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task A_trainer_adds_a_walk_in_at_the_door_and_marks_the_register_from_your_sessions()
    {
        var tom = await Portal.Data.PersonAsync(Trainer);
        var e = await Portal.Data.EventAsync("YOC training course, Wantage", YocCourse, 14, new(9, 30), new(16, 30), EventStatus.Published,
            (tom.Id, TrainerRole.Lead));
        var session = e.Sessions.Single();
        var aoife = await Portal.Data.AttendeeAsync("Aoife", "O'Connor");
        var dmitri = await Portal.Data.AttendeeAsync("Dmitri", "Volkov", ProfessionalRole.GeneralPractitioner);
        await Portal.Data.BookAsync(e.Id, await Portal.Data.PersonAsync(aoife.Email));
        await Portal.Data.BookAsync(e.Id, await Portal.Data.PersonAsync(dmitri.Email));
        // In the portal, booked on nothing: she turns up at the door all the same.
        var zainab = await Portal.Data.AttendeeAsync("Zainab", "Okonkwo", ProfessionalRole.HealthcareAssistant);
        var practice = await Portal.Data.QueryAsync(db => db.Practices.AsNoTracking().Where(p => p.Status == PracticeStatus.Active)
            .OrderByDescending(p => p.OdsCode).Select(p => new { p.Id, p.OdsCode, p.Name }).FirstAsync());
        const string ffion = "Ffion Llewelyn-Bowen", ffionEmail = "ffion.llewelyn-bowen@practice.example";

        // Forty minutes into the session: the register is open, the walk-ins are at the door.
        fixture.Clock.JumpTo(session.StartsAt.AddMinutes(40));
        await using var trainer = await Journey.StartAsync(browser, Portal, Trainer);
        await trainer.Page.GetByRole(AriaRole.Link, new() { Name = "Your sessions", Exact = true }).ClickAsync();
        await trainer.HeadingAsync("Your sessions");
        // Under "Coming up", before "Delivered lately": it is today's.
        var card = trainer.Page.Locator($"xpath=//h2[@id='upcoming']/following-sibling::div[@data-event='{e.Id}'][following-sibling::h2[@id='recent']]");
        Assert.Equal("2 of 12", (await card.Locator(".places-taken").InnerTextAsync()).Trim());
        await trainer.ScreenshotAsync("weekly-1-your-sessions");
        await card.GetByRole(AriaRole.Link, new() { Name = $"Register for session 1 of {e.Title}" }).ClickAsync();
        await trainer.HeadingAsync($"Register: {e.Title}");

        // Someone in the portal who did not book, found by name.
        await trainer.Page.GetByRole(AriaRole.Link, new() { Name = "Add a walk-in" }).ClickAsync();
        await trainer.HeadingAsync("Add a walk-in");
        await trainer.Page.GetByLabel("Name, work email or practice").FillAsync("zainab okonkwo");
        await trainer.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).First.ClickAsync();
        var found = trainer.Page.Locator("#people-found tbody tr");
        await found.First.WaitForAsync();
        Assert.Equal(1, await found.CountAsync());
        Assert.Contains("No place", await found.InnerTextAsync());
        await trainer.ScreenshotAsync("weekly-2-walk-in-found");
        await trainer.Page.GetByRole(AriaRole.Button, new() { Name = $"Add as a walk-in – {zainab.Name}" }).ClickAsync();
        await trainer.HeadingAsync($"Register: {e.Title}");
        Assert.Equal($"{zainab.Name} added as a walk-in and marked present.", await BannerAsync(trainer.Page));

        // Someone new to the portal: name, work email, job role and practice.
        await trainer.Page.GetByRole(AriaRole.Link, new() { Name = "Add a walk-in" }).ClickAsync();
        await trainer.HeadingAsync("Add a walk-in");
        var newPerson = trainer.Page.Locator("form").Filter(new() { Has = trainer.Page.GetByLabel("First name") });
        await newPerson.GetByLabel("First name").FillAsync("Ffion");
        await newPerson.GetByLabel("Last name").FillAsync("Llewelyn-Bowen");
        await newPerson.GetByLabel("Work email address").FillAsync(ffionEmail);
        await newPerson.GetByLabel("Job role").SelectOptionAsync(new SelectOptionValue { Label = DisplayNames.Of(ProfessionalRole.PracticeManager) });
        await newPerson.GetByLabel("Search for a practice").FillAsync(practice.OdsCode);
        await newPerson.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        // The practice search keeps what was typed and offers the practice found.
        var ffionForm = trainer.Page.Locator("form").Filter(new() { Has = trainer.Page.GetByLabel("First name") });
        await ffionForm.GetByLabel(new Regex($", {practice.OdsCode}(,|$)")).CheckAsync();
        Assert.Equal(ffionEmail, await ffionForm.GetByLabel("Work email address").InputValueAsync());
        await trainer.ScreenshotAsync("weekly-3-walk-in-new-person");
        await ffionForm.GetByRole(AriaRole.Button, new() { Name = "Add as a walk-in", Exact = true }).ClickAsync();
        await trainer.HeadingAsync($"Register: {e.Title}");
        Assert.Equal($"{ffion} added as a walk-in and marked present.", await BannerAsync(trainer.Page));

        // At the door, one by one: Aoife arrives.
        await trainer.Page.GetByRole(AriaRole.Button, new() { Name = $"Present – {aoife.Name}" }).ClickAsync();
        await trainer.SeesAsync($"{aoife.Name} marked present.");
        // The whole register: everyone present is ticked; Dmitri never came, so he stays unticked, and it is saved.
        var whoIsPresent = trainer.Page.GetByRole(AriaRole.Group, new() { Name = "Who is present" });
        Assert.False(await whoIsPresent.GetByLabel(dmitri.Name, new() { Exact = false }).IsCheckedAsync());
        foreach (var name in new[] { aoife.Name, zainab.Name, ffion })
            Assert.True(await whoIsPresent.GetByLabel(name, new() { Exact = false }).IsCheckedAsync(), $"{name} is ticked");
        await trainer.Page.GetByRole(AriaRole.Button, new() { Name = "Save register" }).ClickAsync();
        await trainer.SeesAsync("Register saved: 3 present, 1 absent.");
        Assert.Equal("Register saved: 3 present, 1 absent.", await BannerAsync(trainer.Page));
        Assert.Contains("3 present, 1 absent, 0 not marked yet, of 4 booked.", await trainer.MainTextAsync());
        var register = await RegisterAsync(trainer.Page);
        Assert.Equal([(aoife.Name, false, "Present"), (dmitri.Name, false, "Absent"), (ffion, true, "Present"), (zainab.Name, true, "Present")],
            register.Select(r => (r.Name, r.WalkIn, r.Mark)).Order());
        Assert.Equal(PracticeNames.Display(practice.Name), register.Single(r => r.Name == ffion).Practice);
        await trainer.ScreenshotAsync("weekly-4-register-saved");

        var ffionId = (await Portal.Data.PersonAsync(ffionEmail)).Id;
        var people = new Dictionary<int, string> { [aoife.PersonId] = "Aoife", [dmitri.PersonId] = "Dmitri", [zainab.PersonId] = "Zainab", [ffionId] = "Ffion" };
        var rows = await Portal.Data.QueryAsync(db => db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == e.Id)
            .Select(b => new
            {
                PersonId = b.PersonId!.Value, b.State, b.WalkInAt, b.WalkInById, b.BookedById, b.PracticeId, b.ProfessionalRole,
                Marks = b.Attendance.Select(a => new { a.EventSessionId, a.Present, a.MarkedById, a.SelfCheckedIn }).ToList(),
            }).ToListAsync());
        var by = rows.ToDictionary(r => people[r.PersonId]);
        Assert.Equal(["Aoife", "Dmitri", "Ffion", "Zainab"], by.Keys.Order());
        foreach (var added in new[] { by["Zainab"], by["Ffion"] })
        {
            Assert.Equal((BookingState.Booked, tom.Id, tom.Id), (added.State, added.WalkInById, added.BookedById));
            Assert.NotNull(added.WalkInAt);
        }
        Assert.Equal((practice.Id, ProfessionalRole.PracticeManager), (by["Ffion"].PracticeId!.Value, by["Ffion"].ProfessionalRole!.Value));
        Assert.Equal((zainab.PracticeId, ProfessionalRole.HealthcareAssistant), (by["Zainab"].PracticeId!.Value, by["Zainab"].ProfessionalRole!.Value));
        Assert.All(new[] { by["Aoife"], by["Dmitri"] }, booked => Assert.Null(booked.WalkInAt ?? (object?)booked.WalkInById));
        var marks = by.ToDictionary(p => p.Key, p => Assert.Single(p.Value.Marks));
        Assert.All(marks.Values, m => Assert.Equal((session.Id, tom.Id, false), (m.EventSessionId, m.MarkedById, m.SelfCheckedIn)));
        Assert.Equal([("Aoife", true), ("Dmitri", false), ("Ffion", true), ("Zainab", true)],
            marks.OrderBy(m => m.Key).Select(m => (m.Key, m.Value.Present)));
        // The newcomer is invited to set up the account the portal now has for her.
        await fixture.Mail.WaitForAsync(ffionEmail, "You have been invited to TrainingHub");

        // The session ends: the walk-ins complete the course exactly as Aoife does, and Dmitri did not attend.
        fixture.Clock.JumpTo(session.EndsAt.AddMinutes(2));
        await Portal.Data.CompleteEndedAsync();
        var settled = await Portal.Data.QueryAsync(db => db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == e.Id)
            .Select(b => new { PersonId = b.PersonId!.Value, b.State, b.CompletedAt, Counts = b.ProgrammeEvent!.EventType!.CountsTowardsPracticeTrained })
            .ToListAsync());
        var outcome = settled.ToDictionary(s => people[s.PersonId]);
        Assert.True(outcome["Aoife"].Counts, "A YOC course counts towards its attendees' practices being trained");
        foreach (var name in new[] { "Aoife", "Zainab", "Ffion" })
            Assert.Equal((BookingState.Attended, session.EndsAt), (outcome[name].State, outcome[name].CompletedAt!.Value));
        Assert.Equal((BookingState.NoShow, null), (outcome["Dmitri"].State, outcome["Dmitri"].CompletedAt));

        // And the walk-in finds her certificate in her own training record.
        await using var walkIn = await Journey.StartAsync(browser, Portal, zainab.Email);
        await walkIn.GoToAsync("/TrainingRecord");
        await walkIn.Page.GetByRole(AriaRole.Link, new() { Name = $"Certificate of attendance for {e.Title}" }).ClickAsync();
        await walkIn.HeadingAsync("Certificate of attendance");
        await walkIn.ScreenshotAsync("weekly-5-walk-in-certificate");
        Assert.True(Portal.Errors.All.Count == 0, string.Join("\n", Portal.Errors.All));
    }

    [Fact]
    public async Task A_lead_messages_an_events_people_and_each_gets_the_email_once_at_the_real_smtp_server()
    {
        var day = LondonTime.DateOf(fixture.Clock.GetUtcNow()).AddDays(30);
        var e = await Portal.Data.PublishedAsync("YOC course: Q&A at St Luke's, Thame", day, capacity: 2);
        var darcy = await Portal.Data.AttendeeAsync("D'Arcy", "O'Neill");
        var priya = await Portal.Data.AttendeeAsync("Priya", "Sharma", ProfessionalRole.GeneralPractitioner);
        var owen = await Portal.Data.AttendeeAsync("Owen", "Hughes");
        var mei = await Portal.Data.AttendeeAsync("Mei", "Chen");
        await Portal.Data.BookAsync(e.Id, await Portal.Data.PersonAsync(darcy.Email));
        await Portal.Data.BookAsync(e.Id, await Portal.Data.PersonAsync(priya.Email));
        await Portal.Data.CancelledAsync(e.Id, await Portal.Data.PersonAsync(owen.Email));
        await Portal.Data.WaitlistAsync(e.Id, await Portal.Data.PersonAsync(mei.Email));
        const string subject = "Parking at St Luke's & where to go";
        const string body = "Parking has moved to the **rear** car park & the <b>front</b> one is closed.\n\n" +
            "- Ask for Siobhán O'Brien at reception\n- Bring your <care plan> notes";
        var intended = new[] { darcy, priya, mei };

        await using var lead = await Journey.StartAsync(browser, Portal, Lead);
        await lead.GoToAsync($"/Events/Manage/{e.Id}");
        await lead.HeadingAsync(e.Title);
        await lead.Page.GetByRole(AriaRole.Link, new() { Name = "Message the people on this event" }).ClickAsync();
        await lead.HeadingAsync("Message the people on this event");
        await lead.SeesAsync("2 booked. 1 waiting for a place");
        await lead.Page.GetByLabel("Subject").FillAsync(subject);
        await lead.Page.GetByLabel("Message", new() { Exact = true }).FillAsync(body);
        await lead.Page.GetByLabel("Also send it to everyone waiting for a place").CheckAsync();
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Preview the message" }).ClickAsync();

        // The preview is the email itself: what was typed is shown as typed, only the Markdown is formatted.
        await lead.HeadingAsync("Check your message before sending");
        Assert.Equal(subject, await lead.Page.Locator("#preview-subject").InnerTextAsync());
        await AssertShownAsTypedAsync(lead.Page.Locator("#preview-body"), e.Title);
        await lead.ScreenshotAsync("weekly-6-message-preview");
        Assert.Equal(0, await QueuedAsync(e.Id));
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Send to 3 people" }).ClickAsync();
        var sent = $"Message sent: 3 people are emailed \"{subject}\".";
        await lead.SeesAsync(sent);
        Assert.Equal(sent, await BannerAsync(lead.Page));
        await lead.ScreenshotAsync("weekly-7-message-sent");

        var mails = new List<TrainingHub.Tests.Infrastructure.ReceivedMail>();
        foreach (var person in intended) mails.Add(await fixture.Mail.WaitForAsync(person.Email, subject));
        await fixture.Mail.RunJobsAsync();
        AssertEachGotOne(intended, owen, subject);

        // Back to the preview, and Send again: the same form, so nothing more is sent. The preview answered a POST,
        // which Chrome does not repeat on its own ("Confirm Form Resubmission"): the lead reloads to resend it.
        await BackAndResubmitAsync(lead.Page);
        await lead.HeadingAsync("Check your message before sending");
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Send to 3 people" }).ClickAsync();
        await lead.SeesAsync(sent);
        await fixture.Mail.RunJobsAsync();
        await fixture.Mail.RunJobsAsync();
        AssertEachGotOne(intended, owen, subject);
        Assert.Equal(3, await QueuedAsync(e.Id));

        // What D'Arcy's email program shows: her name, the event's title and the typed words, none of it read as HTML.
        var toDarcy = mails[0];
        Assert.Equal(subject, toDarcy.Subject);
        Assert.Contains("<b>front</b>", toDarcy.Text);
        var html = fixture.Mail.HtmlOf(toDarcy);
        Assert.Contains("&lt;b&gt;front&lt;/b&gt;", html);
        Assert.Contains("&lt;care plan&gt;", html);
        var email = await lead.Page.Context.NewPageAsync();
        await email.SetContentAsync(html);
        Assert.Contains("Dear D'Arcy,", await email.InnerTextAsync("body"));
        await AssertShownAsTypedAsync(email.Locator("body"), e.Title);
        await Screenshots.SaveAsync(email, "weekly-8-email-as-received");
        await email.CloseAsync();

        await lead.GoToAsync($"/Events/Manage/{e.Id}");
        var history = lead.Page.GetByRole(AriaRole.Table, new() { Name = "Changes to this event, newest first" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = "Message sent" });
        Assert.Equal(1, await history.CountAsync());
        Assert.Equal(["Julia Coleman", $"Message sent to 3 people (booked and waiting): {subject}"],
            (await history.Locator("td").AllInnerTextsAsync()).Skip(1).Select(t => t.Trim()));
        await lead.ScreenshotAsync("weekly-9-event-history");
        Assert.True(Portal.Errors.All.Count == 0, string.Join("\n", Portal.Errors.All));
    }

    /// <summary>The typed Markdown as a person sees it: bold and a list formatted, and every angle bracket, ampersand and apostrophe as typed.</summary>
    private static async Task AssertShownAsTypedAsync(ILocator shown, string title)
    {
        var text = Flatten(await shown.InnerTextAsync());
        Assert.Contains($"about {title}", text);
        Assert.Contains("Parking has moved to the rear car park & the <b>front</b> one is closed.", text);
        Assert.Contains("Ask for Siobhán O'Brien at reception", text);
        Assert.Contains("Bring your <care plan> notes", text);
        Assert.Equal([title, "rear"], (await shown.Locator("strong").AllInnerTextsAsync()).Select(Flatten));
        Assert.Equal(0, await shown.Locator("b, care").CountAsync());
        Assert.Equal(2, await shown.Locator("li").CountAsync());
    }

    private void AssertEachGotOne(IEnumerable<PortalData.Attendee> intended, PortalData.Attendee cancelled, string subject)
    {
        foreach (var person in intended) Assert.True(fixture.Mail.Count(person.Email, subject) == 1, $"{person.Name} should have exactly one message");
        Assert.Equal(0, fixture.Mail.Count(cancelled.Email, subject));
    }

    private Task<int> QueuedAsync(int eventId) => Portal.Data.QueryAsync(async db =>
    {
        var subjects = await db.Bookings.Where(b => b.ProgrammeEventId == eventId).Select(b => "booking:" + b.Id).ToListAsync();
        return await db.Notifications.CountAsync(n => n.Kind == MessageKinds.EventMessage && subjects.Contains(n.Subject));
    });

    /// <summary>
    /// The browser's Back to a page that answered a POST: Chrome shows "Confirm Form Resubmission" rather than
    /// repeat it silently, and the person reloads to send it again. Chrome puts that error page in a process of its
    /// own, and until it is attached a reload is refused ("Not attached to an active page"): only that is waited out.
    /// </summary>
    private static async Task BackAndResubmitAsync(IPage page)
    {
        try
        {
            await page.GoBackAsync();
            return;
        }
        catch (PlaywrightException resubmit) when (resubmit.Message.Contains("ERR_CACHE_MISS"))
        {
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.ReloadAsync();
                return;
            }
            catch (PlaywrightException detached) when (detached.Message.Contains("Not attached to an active page") && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private sealed record OnRegister(string Name, string Practice, bool WalkIn, string Mark);

    /// <summary>The register at the door, person by person: name, practice, the walk-in tag and their mark.</summary>
    private static async Task<List<OnRegister>> RegisterAsync(IPage page)
    {
        var people = new List<OnRegister>();
        foreach (var li in await page.Locator("#at-the-door > li").AllAsync())
            people.Add(new OnRegister(
                Flatten(await li.Locator(".th-register__name > strong").First.InnerTextAsync()),
                Flatten(await li.Locator(".th-register__name .nhsuk-u-secondary-text-color").InnerTextAsync()),
                await li.Locator(".th-walk-in").CountAsync() == 1,
                Flatten(await li.Locator(":scope > strong.nhsuk-tag").InnerTextAsync())));
        return people;
    }

    private static async Task<string> BannerAsync(IPage page) =>
        Flatten(await page.Locator(".nhsuk-notification-banner .nhsuk-notification-banner__heading").InnerTextAsync());

    private static string Flatten(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
