using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.People.PeopleInPractices;

namespace TrainingHub.Tests.Pages.People;

/// <summary>A lead's staff list upload: checked as a plan first, applied whole in one transaction or not at all.</summary>
public sealed class StaffListTests : IAsyncLifetime
{
    private const string Header = StaffListHeader;
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
    private Practice bartlemas = null!;
    private Practice cowley = null!;
    private HttpClient lead = null!;

    public async Task InitializeAsync()
    {
        var place = await factory.Data.PlaceAsync("10Q", "Oxfordshire");
        bartlemas = await factory.Data.PracticeAsync(place.Id, "K84001", "BARTLEMAS SURGERY");
        cowley = await factory.Data.PracticeAsync(place.Id, "K84002", "COWLEY ROAD MEDICAL PRACTICE");
        lead = factory.CreateClientFor((await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<string> CheckAsync(string file) => lead.CheckStaffListAsync(file);

    private Task<string> ApplyAsync(string staged) => lead.ApplyStaffListAsync(staged);

    private Task<int> PeopleCountAsync() => factory.WithDbAsync(db => db.People.CountAsync());

    [Fact]
    public async Task A_checked_list_shows_the_plan_changes_nothing_and_applying_it_adds_moves_and_invites()
    {
        var known = await factory.Data.PersonAsync(bartlemas.Id, ProfessionalRole.PracticeNurse);
        var same = await factory.Data.PersonAsync(cowley.Id, ProfessionalRole.GeneralPractitioner);
        var file = $"""
            {Header}
            Siân,O'Neill,sian.oneill@nhs.example,K84001,Practice nurse
            {known.GivenName},{known.FamilyName},{known.WorkEmail},K84002,Practice nurse
            {same.GivenName},{same.FamilyName},{same.WorkEmail.ToUpperInvariant()},k84002,GP
            Ade,Okafor,ade.okafor@nhs.example,K84002,Non-clinical
            """;
        var before = await PeopleCountAsync();

        var page = await CheckAsync(file);

        Assert.Equal(new Dictionary<int, (string, string)>
        {
            [2] = ("Add", "New: invited by email"), [3] = ("Update", "Moves practice"), [4] = ("Unchanged", "Already recorded so"), [5] = ("Add", "New: invited by email"),
        }, StaffListPlan(page));
        Assert.Equal(before, await PeopleCountAsync());
        Assert.Empty(factory.Mails());

        var applied = await ApplyAsync(StagedStaffList(page)!);

        Assert.Contains("Staff list applied", applied);
        var sian = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.WorkEmail == "sian.oneill@nhs.example"));
        Assert.Equal(("Siân", "O'Neill", bartlemas.Id, ProfessionalRole.PracticeNurse), (sian.GivenName, sian.FamilyName, sian.PracticeId!.Value, sian.ProfessionalRole));
        Assert.Equal(cowley.Id, await factory.WithDbAsync(db => db.People.Where(p => p.Id == known.Id).Select(p => p.PracticeId!.Value).SingleAsync()));
        Assert.Equal(before + 2, await PeopleCountAsync());
        var sources = await factory.WithDbAsync(db => db.PersonPracticeChanges.Select(c => c.Source).ToListAsync());
        Assert.Equal(3, sources.Count);
        Assert.All(sources, s => Assert.Equal(PracticeChangeSource.StaffList, s));
        Assert.Equal(2, factory.Mails().Length);
        Assert.Contains("/Account/AcceptInvitation", factory.LinkTo("ade.okafor@nhs.example", "/Account/AcceptInvitation"));
    }

    [Fact]
    public async Task A_list_with_bad_lines_names_each_one_offers_no_apply_and_changes_nothing()
    {
        await factory.Data.PracticeAsync(bartlemas.PlaceId, "K84099", "OLD MILL SURGERY", PracticeStatus.Closed);
        var someoneElse = await factory.Data.PersonAsync(bartlemas.Id);
        var before = await PeopleCountAsync();

        var page = await CheckAsync($"""
            {Header}
            Ade,Okafor,ade@nhs.example,K84001,GP
            "=HYPERLINK(""http://x"")",Smith,bea@nhs.example,K84001,GP
            Cal,Jones,ADE@nhs.example,K84001,GP
            Dee,Khan,dee@nhs.example,Z99999,GP
            Eve,Lee,eve@nhs.example,K84099,GP
            Not,Them,{someoneElse.WorkEmail},K84001,GP
            """);

        var plan = StaffListPlan(page);
        Assert.Equal(("Add", "New: invited by email"), plan[2]);
        Assert.Equal(("Rejected", "The given name starts with '=', which a spreadsheet would run as a formula"), plan[3]);
        Assert.Equal(("Rejected", "The same email address as line 2"), plan[4]);
        Assert.Equal(("Rejected", "No practice with ODS code Z99999 in the register"), plan[5]);
        Assert.Equal(("Rejected", "Old Mill Surgery (K84099) is closed in the NHS register: choose the practice they work in now"), plan[6]);
        Assert.Equal(("Rejected", $"This email address belongs to someone else in the portal ({someoneElse.FullName})"), plan[7]);
        Assert.Contains("Nothing can be applied: some lines are rejected", page);
        Assert.Null(StagedStaffList(page));
        Assert.Equal(before, await PeopleCountAsync());
        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task A_list_without_a_work_email_column_is_refused_whole_with_the_column_named()
    {
        var page = await CheckAsync("Given name,Family name,Practice ODS code,Job role\nAde,Okafor,K84001,GP");

        Assert.Equal(["Line 1: the header has no work email column. The file needs given name, family name, work email, practice ODS code and job role"],
            ErrorSummary(page));
        Assert.Null(StagedStaffList(page));
    }

    [Fact]
    public async Task A_list_that_went_bad_between_the_check_and_applying_is_checked_again_and_changes_nothing()
    {
        var page = await CheckAsync($"{Header}\nAde,Okafor,ade@nhs.example,K84001,GP\nBea,Smith,bea@nhs.example,K84002,Practice nurse");
        await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == cowley.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PracticeStatus.Closed)));

        var applied = await ApplyAsync(StagedStaffList(page)!);

        Assert.Equal(["Nothing was changed: the list has rejected lines. Fix them and check the file again"], ErrorSummary(applied));
        Assert.Equal(("Rejected", "Cowley Road Medical Practice (K84002) is closed in the NHS register: choose the practice they work in now"), StaffListPlan(applied)[3]);
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.WorkEmail == "ade@nhs.example")));
        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task Names_from_the_file_are_shown_as_text_never_as_markup()
    {
        var page = await CheckAsync($"{Header}\n<script>alert(1)</script>,O'Brien & Sons,x@nhs.example,K84001,GP");

        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal("<script>alert(1)</script> O'Brien & Sons", document.QuerySelector(".th-staff-plan tbody tr td:nth-child(2)")!.TextContent);
        Assert.Empty(document.QuerySelectorAll(".th-staff-plan script"));
    }
}
