using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Domain.Practices;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Practices;

public sealed class ImportPracticesPageTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private HttpClient lead = null!;

    public async Task InitializeAsync()
    {
        await factory.Data.PlaceAsync("10Q", "Oxfordshire");
        var person = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        lead = factory.CreateClientFor(person.Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<string> CheckAsync(string file, params string[] commissioners)
    {
        var token = Forms.AntiforgeryToken(await lead.GetPageAsync("/Practices/Import"));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(file)), "File", "epraccur.csv" },
        };
        foreach (var code in commissioners) form.Add(new StringContent(code), "Commissioners");
        var response = await lead.PostAsync("/Practices/Import?handler=Check", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> ImportCheckedAsync(string checkedPage)
    {
        var staged = Regex.Match(checkedPage, "name=\"StagedFile\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(staged);
        var response = await lead.PostFormAsync("/Practices/Import",
            [new("StagedFile", staged), new("Commissioners", "10Q")], "/Practices/Import?handler=Import");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task The_page_offers_to_follow_a_new_commissioner_or_mark_practices_as_left_and_imports_only_with_a_choice()
    {
        await factory.Data.PlaceAsync("15D", "East Berkshire");
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<Web.Pages.Practices.PracticeImporter>().ImportAsync(
                new StringReader(OdsRows.File(OdsRows.Line("K81001", commissioner: "15D"), OdsRows.Line("K81002", commissioner: "15D"), OdsRows.Line("K84001"))),
                ["10Q", "15D"], dryRun: false);
        var today = OdsRows.File(OdsRows.TodayLine("K81001", commissioner: "D4U1Y"), OdsRows.TodayLine("K84001"));

        var page = await CheckAsync(today, "10Q", "15D");

        Assert.Contains("Read as status words and role codes (files since 2024).", page);
        var follow = Regex.Match(page, "<select[^>]*id=\"follow-D4U1Y\" name=\"Follow\">(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(["", "D4U1Y=15D", "D4U1Y=10Q", "D4U1Y=new"], Regex.Matches(follow, "<option value=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("name=\"MarkLeft\"", page);
        var staged = Regex.Match(page, "name=\"StagedFile\" value=\"([^\"]+)\"").Groups[1].Value;

        var refused = await (await lead.PostFormAsync("/Practices/Import",
            [new("StagedFile", staged), new("Commissioners", "10Q"), new("Commissioners", "15D")], "/Practices/Import?handler=Import")).Content.ReadAsStringAsync();
        Assert.Contains("2 practices the file no longer lists under the chosen commissioners need a choice", refused);
        Assert.Equal(3, await PracticeCountAsync());

        var response = await lead.PostFormAsync("/Practices/Import",
            [new("StagedFile", staged), new("Commissioners", "10Q"), new("Commissioners", "15D"), new("Follow", "D4U1Y=15D"), new("MarkLeft", "true")],
            "/Practices/Import?handler=Import");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var register = await factory.WithDbAsync(db => db.Practices.OrderBy(p => p.OdsCode)
            .Select(p => new { p.OdsCode, Place = p.Place!.CommissionerCode, p.CommissionerCode, Left = p.LeftProgrammeOn != null }).ToListAsync());
        Assert.Equal(["K81001 15D D4U1Y False", "K81002 15D 15D True", "K84001 10Q 10Q False"],
            register.Select(p => $"{p.OdsCode} {p.Place} {p.CommissionerCode} {p.Left}"));
    }

    private Task<int> PracticeCountAsync() => factory.WithDbAsync(db => db.Practices.CountAsync());

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_changes_nothing_then_the_import_applies_it()
    {
        var file = OdsRows.File(OdsRows.Line("K84001", "ONE SURGERY"), OdsRows.Line("K84002", "TWO SURGERY", setting: "9"),
            OdsRows.Line("A81001", commissioner: "00K"));

        var report = await CheckAsync(file, "10Q");
        Assert.Contains("Check complete: nothing has changed yet", report);
        Assert.Contains("1 to create", report);
        Assert.Contains("1 skipped", report);
        Assert.Equal(0, await PracticeCountAsync());

        var imported = await ImportCheckedAsync(report);
        Assert.Contains("Import complete", imported);
        var practice = await factory.WithDbAsync(db => db.Practices.Include(p => p.Place).SingleAsync());
        Assert.Equal("K84001", practice.OdsCode);
        Assert.Equal("Oxfordshire", practice.Place!.Name);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        var file = OdsRows.File(OdsRows.Line("K84001"), OdsRows.Line("K84002"));
        await ImportCheckedAsync(await CheckAsync(file, "10Q"));
        var before = await factory.WithDbAsync(db => db.Practices.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.UpdatedAt }).ToListAsync());

        var second = await CheckAsync(file, "10Q");
        Assert.Contains("2 unchanged", second);
        await ImportCheckedAsync(second);

        var after = await factory.WithDbAsync(db => db.Practices.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.UpdatedAt }).ToListAsync());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_practice_closed_in_the_file_is_marked_closed_and_kept()
    {
        await ImportCheckedAsync(await CheckAsync(OdsRows.File(OdsRows.Line("K84001")), "10Q"));

        await ImportCheckedAsync(await CheckAsync(OdsRows.File(OdsRows.Line("K84001", status: "C", closed: "20200331")), "10Q"));

        var practice = await factory.WithDbAsync(db => db.Practices.SingleAsync());
        Assert.Equal(PracticeStatus.Closed, practice.Status);
        Assert.Equal(new DateOnly(2020, 3, 31), practice.ClosedOn);
    }

    [Fact]
    public async Task A_malformed_file_is_rejected_whole_with_the_line_number_and_nothing_changes()
    {
        var file = OdsRows.File(OdsRows.Line("K84001"), OdsRows.Line("K84002"), "\"K84003\",\"BROKEN\"");

        var page = await CheckAsync(file, "10Q");

        Assert.Contains("There is a problem", page);
        Assert.Contains("Line 3", page);
        Assert.DoesNotContain("Import these changes", page);
        Assert.Equal(0, await PracticeCountAsync());
    }

    [Fact]
    public async Task Checking_without_a_file_or_commissioner_shows_both_errors()
    {
        var response = await lead.PostFormAsync("/Practices/Import", [], "/Practices/Import?handler=Check");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose an epraccur file to check", page);
        Assert.Contains("Choose at least one commissioner", page);
    }

    [Fact]
    public async Task Importing_a_file_that_was_never_checked_is_refused()
    {
        var response = await lead.PostFormAsync("/Practices/Import",
            [new("StagedFile", Guid.NewGuid().ToString()), new("Commissioners", "10Q")], "/Practices/Import?handler=Import");

        Assert.Contains("The checked file has expired", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await PracticeCountAsync());
    }
}
