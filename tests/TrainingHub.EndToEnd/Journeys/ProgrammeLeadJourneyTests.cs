using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// A programme lead brings new practices onto the register, puts on a course for them, watches it fill, takes the
/// registers on the day and sees (and exports) the coverage that follows. The portal's clock jumps to the course.
/// </summary>
public sealed class ProgrammeLeadJourneyTests(BrowserFixture browser, MailPortalFixture fixture)
    : IClassFixture<BrowserFixture>, IClassFixture<MailPortalFixture>
{
    private const string Commissioner = "99Z";
    private const string Place = "Commissioner 99Z";
    private const string Title = "Shortened YOC course, Riverside";
    private KestrelPortal Portal => fixture.Portal;

    [Fact]
    public async Task A_lead_imports_practices_runs_a_two_session_course_for_them_and_sees_coverage_move()
    {
        var lead = DemoProgramme.Accounts[0].Email;
        var page = await Journey.SignedInPageAsync(browser, Portal, lead);

        await ImportPracticesAsync(page);
        var gp = await Portal.Data.AttendeeAsync("Nia", "Bennett", ProfessionalRole.GeneralPractitioner, "Y99001");
        var nurse = await Portal.Data.AttendeeAsync("Sam", "Turner", ProfessionalRole.PracticeNurse, "Y99002");

        var firstDay = LondonTime.DateOf(fixture.Clock.GetUtcNow()).AddDays(60);
        var eventId = await CreateAndPublishAsync(page, firstDay);

        foreach (var attendee in new[] { gp, nurse })
        {
            var their = await Journey.SignedInPageAsync(browser, Portal, attendee.Email);
            await their.GotoAsync($"{Portal.RootUri}/Events/Details/{eventId}");
            await their.GetByRole(AriaRole.Button, new() { Name = "Book a place" }).ClickAsync();
            await Explain.WaitAsync(their, Portal, () => their.WaitForURLAsync("**/Bookings/Details/**"));
        }
        await page.GotoAsync($"{Portal.RootUri}/Bookings/Attendees/{eventId}");
        await Screenshots.SaveAsync(page, "lead-4-bookings-arrived");
        var attendees = await page.InnerTextAsync("main");
        Assert.Contains(gp.Name, attendees);
        Assert.Contains(nurse.Name, attendees);

        // The day after the course: both sessions are over, so the registers can be completed.
        var sessions = await Portal.Data.QueryAsync(db => db.EventSessions.Where(s => s.ProgrammeEventId == eventId)
            .OrderBy(s => s.StartsAt).Select(s => new { s.Id, s.EndsAt }).ToListAsync());
        fixture.Clock.JumpTo(sessions[^1].EndsAt.AddHours(2));
        page = await Journey.SignedInPageAsync(browser, Portal, lead);
        Assert.Equal("0", await TrainedInPlaceAsync(page));

        foreach (var session in sessions)
        {
            await page.GotoAsync($"{Portal.RootUri}/Register/Session/{session.Id}");
            await page.GetByRole(AriaRole.Button, new() { Name = $"Present – {gp.Name}" }).ClickAsync();
            await Explain.WaitAsync(page, Portal, () => page.GetByText($"{gp.Name} marked present").WaitForAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = $"Absent – {nurse.Name}" }).ClickAsync();
            await page.GetByText($"{nurse.Name} marked absent").WaitForAsync();
        }
        await Screenshots.SaveAsync(page, "lead-5-register");
        Assert.Contains("1 present, 1 absent", await page.InnerTextAsync("main"));
        Assert.Equal(BookingState.Attended, await StateOfAsync(eventId, gp.PersonId));

        Assert.Equal("1", await TrainedInPlaceAsync(page));
        await Screenshots.SaveAsync(page, "lead-6-coverage");
        var csv = await DownloadCoverageAsync(page);
        var row = csv.Single(line => line.StartsWith(Place + ",", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["Place", "Thames Valley", "2", "1", "1"], row[1..6]);
        Assert.Empty(Portal.Errors.All);
    }

    /// <summary>Two practices in a new commissioner, checked (nothing changes), then imported.</summary>
    private async Task ImportPracticesAsync(IPage page)
    {
        var file = Path.Combine(Portal.DataDirectory, "epraccur.csv");
        await File.WriteAllTextAsync(file, OdsLine("Y99001", "RIVERSIDE SURGERY") + "\n" + OdsLine("Y99002", "MILL LANE PRACTICE") + "\n");
        await page.GotoAsync(Portal.RootUri + "/Practices/Import");
        foreach (var box in await page.Locator("input[name=Commissioners]").AllAsync()) await box.UncheckAsync();
        await page.GetByLabel("Other commissioner codes, separated by commas").FillAsync(Commissioner);
        await page.GetByLabel("epraccur file (CSV)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Check complete: nothing has changed yet" }).WaitForAsync());
        await Screenshots.SaveAsync(page, "lead-1-import-checked");
        Assert.Contains("2 to create", await page.InnerTextAsync("main"));
        Assert.Equal(0, await PracticesAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Import these changes" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByRole(AriaRole.Heading, new() { Name = "Import complete" }).WaitForAsync());
        await Screenshots.SaveAsync(page, "lead-2-imported");
        Assert.Equal(2, await PracticesAsync());
    }

    private Task<int> PracticesAsync() => Portal.Data.QueryAsync(db =>
        db.Practices.CountAsync(p => p.Place!.CommissionerCode == Commissioner && p.Status == PracticeStatus.Active));

    /// <summary>An epraccur line in the publisher's 27-column format: an active GP practice (setting 4).</summary>
    private static string OdsLine(string code, string name) => string.Join(",", new[]
    {
        code, name, "Y59", "Q87", "1 MILL LANE", "", "", "OXFORD", "OXFORDSHIRE", "OX1 1AA", "20100401", "", "A", "B",
        Commissioner, "20130401", "", "01865 000000", "", "", "", "0", "", Commissioner, "", "4", "",
    }.Select(v => $"\"{v}\""));

    private async Task<int> CreateAndPublishAsync(IPage page, DateOnly firstDay)
    {
        await page.GotoAsync(Portal.RootUri + "/Events/Edit");
        await page.GetByLabel("Type of event").SelectOptionAsync(new SelectOptionValue { Label = "Shortened YOC course for staff new to PCSP practices" });
        await page.GetByLabel("Title").FillAsync(Title);
        await page.GetByLabel("Place", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = Place });
        await page.GetByLabel("Other venue: name").FillAsync("Riverside Surgery meeting room");
        await page.GetByLabel("Number of places").FillAsync("12");
        await EventForm.FillSessionAsync(page, 1, firstDay, "09:30", "12:30");
        await EventForm.AddSessionAsync(page, 2);
        await EventForm.FillSessionAsync(page, 2, firstDay.AddDays(1), "09:30", "12:30");
        var trainer = DemoProgramme.Accounts[1];
        // The trainer list shows how each trainer stands for the type and sessions just typed, before saving.
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the trainers against these sessions" }).ClickAsync();
        await page.GetByLabel("Trainer 1").Locator("option", new() { HasTextString = $"{trainer.Given} {trainer.Family} – " }).First
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        // Each option reads "Name – how they stand for this event" (accredited until, trainee, clash).
        var leadOption = (await page.GetByLabel("Trainer 1").Locator("option").AllInnerTextsAsync())
            .Select(o => o.Trim()).First(o => o.StartsWith($"{trainer.Given} {trainer.Family} – "));
        Assert.Contains("accredited for this type until", leadOption);
        await page.GetByLabel("Trainer 1").SelectOptionAsync(new SelectOptionValue { Label = leadOption });
        await page.Locator("[id='Input_Trainers[0]_Role']").SelectOptionAsync(nameof(TrainerRole.Lead));
        var coTrainer = await CoTrainerAsync(page, leadOption);
        await page.GetByLabel("Trainer 2").SelectOptionAsync(new SelectOptionValue { Label = coTrainer });
        await page.Locator("[id='Input_Trainers[1]_Role']").SelectOptionAsync(nameof(TrainerRole.CoTrainer));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save event" }).ClickAsync();

        await Explain.WaitAsync(page, Portal, () => page.WaitForURLAsync("**/Events/Manage/**"));
        await Screenshots.SaveAsync(page, "lead-3-draft-event");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Explain.WaitAsync(page, Portal, () => page.GetByText("Published event").WaitForAsync());
        var eventId = int.Parse(page.Url.Split('/').Last().Split('?')[0]);

        var saved = await Portal.Data.QueryAsync(db => db.ProgrammeEvents.Where(e => e.Id == eventId)
            .Select(e => new { e.Status, Sessions = e.Sessions.Count, Trainers = e.Trainers.Select(t => t.Role).ToList() }).SingleAsync());
        Assert.Equal(EventStatus.Published, saved.Status);
        Assert.Equal(2, saved.Sessions);
        Assert.Equal([TrainerRole.Lead, TrainerRole.CoTrainer], saved.Trainers.Order());
        return eventId;
    }

    /// <summary>A trainee beside the accredited lead, as the programme grows its trainers (any other trainer if none).</summary>
    private static async Task<string> CoTrainerAsync(IPage page, string lead)
    {
        var options = (await page.GetByLabel("Trainer 2").Locator("option").AllInnerTextsAsync())
            .Select(o => o.Trim()).Where(o => o != "None" && o != lead).ToList();
        return options.FirstOrDefault(o => o.EndsWith("– trainee")) ?? options[0];
    }

    private async Task<string> TrainedInPlaceAsync(IPage page)
    {
        await page.GotoAsync(Portal.RootUri + "/Coverage");
        var row = page.Locator("#coverage-areas tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = $"Place: {Place}" }) });
        return (await row.Locator("td[data-figure=trained]").InnerTextAsync()).Trim();
    }

    private static async Task<string[]> DownloadCoverageAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download coverage as CSV" }).ClickAsync());
        return (await File.ReadAllTextAsync(await download.PathAsync())).Split('\n', StringSplitOptions.TrimEntries);
    }

    private Task<BookingState> StateOfAsync(int eventId, int personId) => Portal.Data.QueryAsync(db =>
        db.Bookings.Where(b => b.ProgrammeEventId == eventId && b.PersonId == personId).Select(b => b.State).SingleAsync());
}
