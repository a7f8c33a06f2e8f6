using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Domain;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// A programme from nothing: on a portal with no demo data, the first lead imports the NHS practice file and uploads a
/// practice's staff list; one of the three accepts the emailed invitation (read from the real SMTP server), checks the
/// practice the portal has for her, books a two-day course, checks in on each day as the portal's clock moves, completes
/// only after the second day, answers the feedback request and has a certificate; her practice's place goes from 0 to 1
/// practice trained on the coverage page. Meanwhile a GP nobody invited signs in through their NHS organisation,
/// registers with their practice and books the same course.
/// </summary>
public sealed partial class EmptyPortalJourneyTests(BrowserFixture browser, EmptyPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<EmptyPortalFixture>
{
    private const string LeadEmail = "first.lead@programme.example";
    private const string NurseEmail = "sian.oneill@practice.example";
    private const int YocTrainingCourse = 2;
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task From_an_empty_portal_an_invited_nurse_books_attends_both_days_gives_feedback_and_her_practice_counts_as_trained()
    {
        Assert.Equal(0, await Portal.Data.QueryAsync(db => db.Practices.CountAsync()));
        await FirstLeadAsync();
        var lead = await Journey.SignedInPageAsync(browser, Portal, LeadEmail);
        await ImportOdsFileAsync(lead);
        await UploadStaffListAsync(lead);
        var placeId = await Portal.Data.QueryAsync(db => db.Practices.Where(p => p.OdsCode == "K84001").Select(p => p.PlaceId).SingleAsync());
        Assert.Equal("0", await TrainedInPlaceAsync(lead, placeId));

        var e = await Portal.Data.EventAsync("YOC training course (two days), Henley", YocTrainingCourse, 21, new(9, 30), new(16, 30), EventStatus.Published);
        var sessions = await Portal.Data.AddDayAsync(e.Id, LondonTime.DateOf(e.StartsAt!.Value).AddDays(1), new(9, 30), new(16, 30));
        var codes = await Portal.Data.CheckInCodesAsync(sessions);
        await AcceptInvitationAndBookAsync(e.Id);
        await fixture.Mail.WaitForAsync(NurseEmail, $"Your place is booked: {e.Title}");
        await NewcomerRegistersThroughTheirOrganisationAndBooksAsync(e.Id, e.Title);
        var nurseId = (await Portal.Data.PersonAsync(NurseEmail)).Id;

        // Each day she signs in afresh: the portal's clock has moved on by weeks.
        fixture.Clock.JumpTo(sessions[0].StartsAt.AddMinutes(-14));
        await CheckIn.WithCodeAsync(await Journey.SignedInPageAsync(browser, Portal, NurseEmail), Portal, codes[0], $"You are checked in to {e.Title}");
        fixture.Clock.JumpTo(sessions[1].StartsAt.AddHours(1));
        await CheckIn.WithCodeAsync(await Journey.SignedInPageAsync(browser, Portal, NurseEmail), Portal, codes[1], $"You are checked in to {e.Title}");
        await Portal.Data.CompleteEndedAsync();
        Assert.Equal(BookingState.Booked, await Portal.Data.StateAsync(e.Id, nurseId));

        fixture.Clock.JumpTo(sessions[1].EndsAt.AddMinutes(2));
        await Portal.Data.CompleteEndedAsync();
        Assert.Equal(BookingState.Attended, await Portal.Data.StateAsync(e.Id, nurseId));
        await AnswerFeedbackAndFindCertificateAsync(e.Title);

        lead = await Journey.SignedInPageAsync(browser, Portal, LeadEmail);
        Assert.Equal("1", await TrainedInPlaceAsync(lead, placeId));
        await Screenshots.SaveAsync(lead, "empty-portal-6-coverage");
        Assert.True(Portal.Errors.All.Count == 0, string.Join("\n", Portal.Errors.All));
    }

    private async Task AcceptInvitationAndBookAsync(int eventId)
    {
        var invitation = await fixture.Mail.WaitForAsync(NurseEmail, "You have been invited to TrainingHub");
        var link = InvitationLink().Match(invitation.Text).Groups[1].Value;
        Assert.NotEmpty(link);
        await using var nurse = await Journey.StartAsync(browser, Portal, null);
        await nurse.GoToAsync(link);
        await nurse.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(DemoProgramme.Password);
        await nurse.Page.GetByLabel("Type the new password again").FillAsync(DemoProgramme.Password);
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await nurse.SeesAsync("Your account is ready");
        await SignIn.AsAsync(nurse.Page, Portal.RootUri, NurseEmail);

        // The staff list put her in the right practice: she checks, and changes nothing.
        await nurse.GoToAsync("/Account/Practice");
        Assert.Equal("The Hart Surgery (K84001), Practice nurse", (await nurse.Page.Locator("#current-workplace").InnerTextAsync()).Trim());
        await nurse.GoToAsync($"/Events/Details/{eventId}");
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await nurse.SeesAsync("Your place is confirmed");
        await nurse.ScreenshotAsync("empty-portal-3-booked");

        var booking = await Portal.Data.QueryAsync(db => db.Bookings.Where(b => b.ProgrammeEventId == eventId)
            .Select(b => new { b.State, Ods = b.Practice!.OdsCode, b.ProfessionalRole }).SingleAsync());
        Assert.Equal((BookingState.Booked, "K84001", ProfessionalRole.PracticeNurse), (booking.State, booking.Ods, booking.ProfessionalRole!.Value));
    }

    /// <summary>
    /// A GP the portal has never seen signs in with their NHS organisation account (the test OpenID provider), says
    /// which practice they work in and their job role, and books the same course.
    /// </summary>
    private async Task NewcomerRegistersThroughTheirOrganisationAndBooksAsync(int eventId, string title)
    {
        const string email = "kwame.asante@practice.example", sub = "5b0c3e1a-9f2d-4c7b-8e6a-2d1f0c9b8a7e";
        await fixture.Tenant.AddAccountAsync(sub, new { tid = OpenIdProvider.TenantId, oid = sub, name = "Kwame Asante", preferred_username = email });
        await using var gp = await Journey.StartAsync(browser, Portal, null, new() { IgnoreHTTPSErrors = true });
        await gp.GoToAsync("/Account/SignIn?returnUrl=" + Uri.EscapeDataString($"/Events/Details/{eventId}"));
        await gp.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your NHS organisation account" }).ClickAsync();
        await gp.Page.GetByLabel("Account").FillAsync(sub);
        await gp.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();

        await gp.HeadingAsync("Join the programme");
        await gp.Page.GetByLabel("Find your practice").FillAsync("K84026");
        await gp.Page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await gp.Page.GetByLabel("First name").FillAsync("Kwame");
        await gp.Page.GetByLabel("Last name").FillAsync("Asante");
        await gp.Page.GetByLabel(new Regex(@"\(K84026")).CheckAsync();
        await gp.Page.GetByLabel(DisplayNames.Of(ProfessionalRole.GeneralPractitioner), new() { Exact = true }).CheckAsync();
        await gp.ScreenshotAsync("empty-portal-3b-registering");
        await gp.Page.GetByRole(AriaRole.Button, new() { Name = "Join and continue" }).ClickAsync();
        await gp.HeadingAsync(title);
        await gp.Page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await gp.SeesAsync("Your place is confirmed");

        var booking = await Portal.Data.QueryAsync(db => db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.Person!.WorkEmail == email)
            .Select(b => new { b.State, Ods = b.Practice!.OdsCode, b.ProfessionalRole, Roles = db.RoleGrants.Count(g => g.PersonId == b.PersonId) }).SingleAsync());
        Assert.Equal((BookingState.Booked, "K84026", ProfessionalRole.GeneralPractitioner, 0), (booking.State, booking.Ods, booking.ProfessionalRole!.Value, booking.Roles));
    }

    private async Task AnswerFeedbackAndFindCertificateAsync(string title)
    {
        var request = await fixture.Mail.WaitForAsync(NurseEmail, $"How was {title}?");
        var link = FeedbackLink().Match(request.Text).Groups[1].Value;
        Assert.NotEmpty(link);
        var page = await Journey.SignedInPageAsync(browser, Portal, NurseEmail);
        await page.GotoAsync(Portal.RootUri + link);
        var questions = page.Locator("main form fieldset:has(input[type=radio])");
        for (var i = 0; i < await questions.CountAsync(); i++)
            await questions.Nth(i).Locator("input[type=radio]").First.CheckAsync();
        await page.GetByLabel("What was the most useful part? (optional)").FillAsync("Practising the <care planning> conversation & its \"story\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByText("Thank you: your feedback is saved").WaitForAsync());
        await Screenshots.SaveAsync(page, "empty-portal-4-feedback");

        await page.GotoAsync($"{Portal.RootUri}/TrainingRecord");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Certificate of attendance for {title}" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Certificate of attendance" }).WaitForAsync();
        await Screenshots.SaveAsync(page, "empty-portal-5-certificate");
    }

    private async Task<string> TrainedInPlaceAsync(IPage page, int placeId)
    {
        await page.GotoAsync(Portal.RootUri + "/Coverage");
        return (await page.Locator($"tr[data-area='place-{placeId}'] [data-figure='trained']").InnerTextAsync()).Trim();
    }

    /// <summary>Nobody can invite the first lead, so whoever installs the portal adds them (here, straight into its database).</summary>
    private Task FirstLeadAsync() => Portal.Data.WithAsync(async sp =>
    {
        var db = sp.GetRequiredService<TrainingHubDbContext>();
        var person = new Person { GivenName = "First", FamilyName = "Lead", WorkEmail = LeadEmail, ProfessionalRole = ProfessionalRole.Other, CreatedAt = Portal.Data.Now };
        db.People.Add(person);
        await db.SaveChangesAsync();
        var users = sp.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = LeadEmail, Email = LeadEmail, EmailConfirmed = true, PersonId = person.Id };
        Assert.True((await users.CreateAsync(user, DemoProgramme.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PortalRoles.ProgrammeLead)).Succeeded);
        return true;
    });

    /// <summary>The copy of the NHS epraccur file the project carries, for commissioner 10Q (Oxfordshire).</summary>
    private async Task ImportOdsFileAsync(IPage page)
    {
        var file = Path.Combine(Portal.DataDirectory, "epraccur.csv");
        await using (var stream = typeof(Program).Assembly.GetManifestResourceStream("TrainingHub.Web.Demo.National.epraccur.csv.gz")!)
        await using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        await using (var output = File.Create(file))
            await gzip.CopyToAsync(output);
        await page.GotoAsync(Portal.RootUri + "/Practices/Import");
        await page.GetByLabel("Other commissioner codes, separated by commas").FillAsync("10Q");
        await page.GetByLabel("epraccur file (CSV)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Check complete: nothing has changed yet" }).WaitForAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Import complete" }).WaitForAsync());
        await Screenshots.SaveAsync(page, "empty-portal-1-imported");
        Assert.Equal(68, await Portal.Data.QueryAsync(db => db.Practices.CountAsync(p => p.Status == PracticeStatus.Active)));
    }

    private async Task UploadStaffListAsync(IPage page)
    {
        var file = Path.Combine(Portal.DataDirectory, "staff.csv");
        await File.WriteAllTextAsync(file, $"""
            Given name,Family name,Work email,Practice ODS code,Job role
            Siân,O'Neill,{NurseEmail},K84001,Practice nurse
            Tomasz,Nowak,tomasz.nowak@practice.example,K84001,GP
            Grace,Mensah,grace.mensah@practice.example,K84001,Practice manager
            """);
        await page.GotoAsync(Portal.RootUri + "/People/StaffList");
        await page.GetByLabel("Staff list (CSV)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the staff list" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Check complete: nothing has changed yet" }).WaitForAsync());
        Assert.Contains("3 new people to add and invite", await page.InnerTextAsync("main"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply this staff list" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Staff list applied" }).WaitForAsync());
        await Screenshots.SaveAsync(page, "empty-portal-2-staff-list");
        Assert.Equal(3, await Portal.Data.QueryAsync(db => db.People.CountAsync(p => p.Practice!.OdsCode == "K84001")));
    }

    [GeneratedRegex(@"https?://[^/\s]+(/Account/AcceptInvitation\S+)")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"https?://[^/\s]+(/Feedback/\d+)")]
    private static partial Regex FeedbackLink();
}
