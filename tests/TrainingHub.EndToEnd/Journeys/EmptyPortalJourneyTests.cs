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
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// A programme from nothing: on a portal with no demo data, the first lead imports the NHS practice file and uploads a
/// practice's staff list; one of the three accepts the emailed invitation (read from the real SMTP server), sets a
/// password and books a course.
/// </summary>
public sealed partial class EmptyPortalJourneyTests(BrowserFixture browser, EmptyPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<EmptyPortalFixture>
{
    private const string LeadEmail = "first.lead@programme.example";
    private const string NurseEmail = "sian.oneill@practice.example";
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task On_an_empty_portal_a_lead_imports_practices_uploads_a_staff_list_and_an_invited_nurse_books()
    {
        Assert.Equal(0, await Portal.Data.QueryAsync(db => db.Practices.CountAsync()));
        await FirstLeadAsync();
        var lead = await Journey.SignedInPageAsync(browser, Portal, LeadEmail);

        await ImportOdsFileAsync(lead);
        await UploadStaffListAsync(lead);
        var invitation = await fixture.Mail.WaitForAsync(NurseEmail, "You have been invited to TrainingHub");
        var link = InvitationLink().Match(invitation.Text).Groups[1].Value;
        Assert.NotEmpty(link);
        var e = await Portal.Data.PublishedAsync("Shortened YOC course, Henley", LondonTime.DateOf(Portal.Data.Now).AddDays(21), capacity: 12);

        await using var nurse = await Journey.StartAsync(browser, Portal, null);
        await nurse.GoToAsync(link);
        await nurse.Page.GetByLabel("New password", new() { Exact = true }).FillAsync(DemoProgramme.Password);
        await nurse.Page.GetByLabel("Type the new password again").FillAsync(DemoProgramme.Password);
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await nurse.SeesAsync("Your account is ready");
        await SignIn.AsAsync(nurse.Page, Portal.RootUri, NurseEmail);
        await nurse.GoToAsync($"/Events/Details/{e.Id}");
        await nurse.Page.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
        await nurse.SeesAsync("Your place is confirmed");
        await nurse.ScreenshotAsync("empty-portal-3-booked");

        var booking = await Portal.Data.QueryAsync(db => db.Bookings.Where(b => b.ProgrammeEventId == e.Id)
            .Select(b => new { b.State, Ods = b.Practice!.OdsCode, b.ProfessionalRole }).SingleAsync());
        Assert.Equal((BookingState.Booked, "K84001", ProfessionalRole.PracticeNurse), (booking.State, booking.Ods, booking.ProfessionalRole!.Value));
        Assert.Empty(Portal.Errors.All);
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
}
