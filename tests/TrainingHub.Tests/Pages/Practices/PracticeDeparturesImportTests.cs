using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Domain.Practices;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Commands;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Tests.Pages.Practices;

/// <summary>
/// A register imported from a file before 2024, then today's file, in which East Berkshire's (15D) practices are
/// listed under the sub-ICB location D4U1Y, one of them not at all, one Oxfordshire practice is inactive and one is new.
/// </summary>
public class PracticeDeparturesImportTests : IAsyncLifetime
{
    private PortalFactory factory = null!;
    private string then = "";
    private string today = "";

    protected virtual Task<PortalFactory> CreateFactoryAsync() => Task.FromResult(new PortalFactory().OnTestClock());

    public virtual async Task InitializeAsync()
    {
        factory = await CreateFactoryAsync();
        then = Path.Combine(factory.DataDirectory, "epraccur-2019.csv");
        today = Path.Combine(factory.DataDirectory, "epraccur-today.csv");
        File.WriteAllText(then, OdsRows.File(
            OdsRows.Line("K81001", commissioner: "15D"), OdsRows.Line("K81002", commissioner: "15D"), OdsRows.Line("K81003", commissioner: "15D"),
            OdsRows.Line("K84001"), OdsRows.Line("K84002")));
        File.WriteAllText(today, OdsRows.File(
            OdsRows.TodayLine("K81001", commissioner: "D4U1Y", icb: "QNQ"), OdsRows.TodayLine("K81002", commissioner: "D4U1Y", icb: "QNQ"),
            OdsRows.TodayLine("K84001"), OdsRows.TodayLine("K84002", status: "INACTIVE", closed: "20240331"), OdsRows.TodayLine("K84003")));
    }

    public virtual Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var command = PortalCommand.Parse(["import-practices", .. args]);
        using var scope = factory.Services.CreateScope();
        var output = new StringWriter();
        var exit = await ImportPracticesCommand.RunAsync(scope.ServiceProvider, command.Arguments, output, factory.DataDirectory);
        return (exit, output.ToString());
    }

    private async Task<List<string>> RegisterAsync() =>
        (await factory.WithDbAsync(db => db.Practices.Include(p => p.Place).OrderBy(p => p.OdsCode).ToListAsync()))
        .Select(p => $"{p.OdsCode} {p.Place!.CommissionerCode} {p.CommissionerCode} {p.Status} {p.IcbCode ?? "-"} {(p.LeftProgrammeOn is null ? "in" : "left")}")
        .ToList();

    private async Task<List<string>> TodaysCoverageAsync()
    {
        var day = factory.Today();
        return await factory.WithDbAsync(db => db.CoverageSnapshots.Where(s => s.TakenOn == day).OrderBy(s => s.Place!.CommissionerCode)
            .Select(s => s.Place!.CommissionerCode + " " + s.ActivePractices).ToListAsync());
    }

    [Fact]
    public async Task Practices_that_moved_or_disappeared_are_listed_and_nothing_is_imported_until_the_lead_chooses()
    {
        Assert.Equal(0, (await RunAsync(then, "--commissioners", "10Q,15D")).Exit);

        var (checkExit, check) = await RunAsync(today, "--commissioners", "10Q,15D", "--dry-run");
        Assert.Equal(0, checkExit);
        Assert.Contains("Dry run: 5 rows read; 1 create, 1 update, 1 close, 0 unchanged, 0 skip, 0 follow, 0 left, 3 needschoice", check);
        Assert.Contains("K81001   NeedsChoice THE SURGERY: Listed under D4U1Y, outside the chosen commissioners (was under 15D). Choose to follow D4U1Y", check);
        Assert.Contains("K81003   NeedsChoice THE SURGERY: No longer in the file (was under 15D).", check);

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q,15D");
        Assert.Equal(1, exit);
        Assert.StartsWith("Rejected: 3 practices the file no longer lists under the chosen commissioners need a choice", output);
        Assert.Equal(
            ["K81001 15D 15D Active - in", "K81002 15D 15D Active - in", "K81003 15D 15D Active - in", "K84001 10Q 10Q Active - in", "K84002 10Q 10Q Active - in"],
            await RegisterAsync());
    }

    [Fact]
    public async Task Following_the_new_commissioner_to_the_old_place_and_marking_the_rest_as_left_keeps_every_practice_and_counts_the_right_ones()
    {
        await RunAsync(then, "--commissioners", "10Q,15D");

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q,15D", "--follow", "D4U1Y=15D", "--left");

        Assert.True(exit == 0, output);
        Assert.Contains("Imported: 5 rows read; 1 create, 1 update, 1 close, 0 unchanged, 0 skip, 2 follow, 1 left, 0 needschoice", output);
        Assert.Equal(
            ["K81001 15D D4U1Y Active QNQ in", "K81002 15D D4U1Y Active QNQ in", "K81003 15D 15D Active - left",
             "K84001 10Q 10Q Active QU9 in", "K84002 10Q 10Q Closed QU9 in", "K84003 10Q 10Q Active QU9 in"],
            await RegisterAsync());
        Assert.Equal(["10Q 2", "15D 2"], await TodaysCoverageAsync());
    }

    [Fact]
    public async Task A_practice_followed_once_stays_in_its_place_on_the_next_import_without_being_asked_again()
    {
        await RunAsync(then, "--commissioners", "10Q,15D");
        await RunAsync(today, "--commissioners", "10Q,15D", "--follow", "D4U1Y=15D", "--left");

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q,15D");

        Assert.True(exit == 0, output);
        Assert.Contains("Imported: 5 rows read; 0 create, 0 update, 0 close, 5 unchanged, 0 skip, 0 follow, 0 left, 0 needschoice", output);
        Assert.Contains("K81001 15D D4U1Y Active QNQ in", await RegisterAsync());
    }

    [Fact]
    public async Task An_import_for_other_commissioners_leaves_the_practices_of_places_not_chosen_alone()
    {
        await RunAsync(then, "--commissioners", "10Q,15D");

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q");

        Assert.True(exit == 0, output);
        Assert.Contains("Imported: 5 rows read; 1 create, 1 update, 1 close, 0 unchanged, 0 skip, 0 follow, 0 left, 0 needschoice", output);
        Assert.Equal(["K81001 15D 15D Active - in", "K81002 15D 15D Active - in", "K81003 15D 15D Active - in"],
            (await RegisterAsync()).Where(p => p.StartsWith("K81", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Following_a_new_commissioner_to_a_new_place_moves_its_practices_there()
    {
        await RunAsync(then, "--commissioners", "10Q,15D");

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q,15D", "--follow", "D4U1Y=new", "--left");

        Assert.True(exit == 0, output);
        Assert.Equal(["10Q 2", "15D 0", "D4U1Y 2"], await TodaysCoverageAsync());
        Assert.Equal("Commissioner D4U1Y", await factory.WithDbAsync(db => db.Places.Where(p => p.CommissionerCode == "D4U1Y").Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task Following_to_a_place_that_does_not_exist_is_refused_in_one_line()
    {
        await RunAsync(then, "--commissioners", "10Q,15D");

        var (exit, output) = await RunAsync(today, "--commissioners", "10Q,15D", "--follow", "D4U1Y=99X", "--left");

        Assert.Equal(1, exit);
        Assert.Equal("Rejected: No place has commissioner code 99X: follow to an existing place's code, or to 'new' for a new place. Nothing was imported.", output.Trim());
    }
}

public sealed class PracticeDeparturesImportPostgreSqlTests : PracticeDeparturesImportTests
{
    private PostgresDatabase database = null!;

    protected override async Task<PortalFactory> CreateFactoryAsync()
    {
        database = await PostgresDatabase.CreateAsync();
        return new PortalFactory().With("Database:Provider", "PostgreSql").With("Database:ConnectionString", database.ConnectionString)
            .With("Jobs:Enabled", "false").OnTestClock();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await database.DisposeAsync();
    }
}
