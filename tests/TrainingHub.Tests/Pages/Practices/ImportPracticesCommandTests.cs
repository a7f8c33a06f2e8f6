using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Domain.Practices;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Commands;
using TrainingHub.Web.Pages.Practices;

namespace TrainingHub.Tests.Pages.Practices;

public sealed class ImportPracticesCommandTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private readonly string file;

    public ImportPracticesCommandTests()
    {
        file = Path.Combine(factory.DataDirectory, "epraccur.csv");
        File.WriteAllText(file, OdsRows.File(OdsRows.Line("K84001"), OdsRows.Line("K82001", commissioner: "14Y"), OdsRows.Line("A81001", commissioner: "00K")));
    }

    public void Dispose() => factory.Dispose();

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var command = PortalCommand.Parse(args);
        using var scope = factory.Services.CreateScope();
        var output = new StringWriter();
        var exit = await ImportPracticesCommand.RunAsync(scope.ServiceProvider, command.Arguments, output, callerDirectory: factory.DataDirectory);
        return (exit, output.ToString());
    }

    [Fact]
    public void The_command_line_separates_its_own_arguments_from_host_configuration()
    {
        var command = PortalCommand.Parse(["import-practices", "file.csv", "--commissioners", "10Q,14Y", "--Database:Provider", "PostgreSql"]);
        Assert.Equal("import-practices", command.Name);
        Assert.Equal(["file.csv", "--commissioners", "10Q,14Y"], command.Arguments);
        Assert.Equal(["--Database:Provider", "PostgreSql"], command.HostArgs);
    }

    [Fact]
    public async Task The_command_imports_the_chosen_commissioners_and_creates_their_places()
    {
        var (exit, output) = await RunAsync("import-practices", file, "--commissioners", "10Q,14Y");

        Assert.Equal(0, exit);
        Assert.Contains("Imported: 3 rows read; 2 create", output);
        var codes = await factory.WithDbAsync(db => db.Practices.OrderBy(p => p.OdsCode).Select(p => p.OdsCode).ToListAsync());
        Assert.Equal(["K82001", "K84001"], codes);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Places.CountAsync()));
    }

    [Fact]
    public async Task The_command_imports_a_file_in_todays_shape_and_says_which_shape_it_read()
    {
        File.WriteAllText(file, OdsRows.File(OdsRows.TodayLine("K84001"), OdsRows.TodayLine("K84002", role: "RO177"), OdsRows.TodayLine("K84003", status: "INACTIVE")));

        var (exit, output) = await RunAsync("import-practices", file, "--commissioners", "10Q");

        Assert.Equal(0, exit);
        Assert.StartsWith("Read as status words and role codes (files since 2024).", output);
        Assert.Contains("Imported: 3 rows read; 1 create, 0 update, 0 close, 0 unchanged, 2 skip", output);
        Assert.Equal(["K84001"], await factory.WithDbAsync(db => db.Practices.Select(p => p.OdsCode).ToListAsync()));
    }

    [Fact]
    public async Task A_relative_path_is_read_from_the_folder_the_command_was_run_from()
    {
        var (exit, output) = await RunAsync("import-practices", "epraccur.csv", "--commissioners", "10Q", "--dry-run");

        Assert.True(exit == 0, output);
        Assert.Contains("Dry run: 3 rows read; 1 create", output);
    }

    [Fact]
    public async Task An_import_records_todays_coverage_point_again_for_each_place()
    {
        await RunAsync("import-practices", file, "--commissioners", "10Q,14Y");

        var today = factory.Today();
        var points = await factory.WithDbAsync(db => db.CoverageSnapshots.Where(s => s.TakenOn == today)
            .OrderBy(s => s.Place!.CommissionerCode).Select(s => new { s.Place!.CommissionerCode, s.ActivePractices }).ToListAsync());
        Assert.Equal(["10Q 1", "14Y 1"], points.Select(p => $"{p.CommissionerCode} {p.ActivePractices}"));
    }

    [Fact]
    public async Task A_dry_run_from_the_command_line_changes_nothing()
    {
        var (exit, output) = await RunAsync("import-practices", file, "--commissioners", "10Q", "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("Dry run", output);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Practices.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.CoverageSnapshots.CountAsync()));
    }

    [Fact]
    public async Task Missing_arguments_print_usage_and_fail()
    {
        var (exit, output) = await RunAsync("import-practices", file);
        Assert.Equal(2, exit);
        Assert.Contains("Usage", output);
    }
}

public sealed class ConcurrentImportTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Two_imports_of_the_same_new_practices_at_once_leave_one_copy_of_each_and_no_error()
    {
        var lines = Enumerable.Range(1, 200).Select(i => OdsRows.Line($"K8{i:0000}")).ToArray();
        var file = OdsRows.File(lines);

        async Task<PracticeImportReport> ImportAsync()
        {
            using var scope = factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<PracticeImporter>().ImportAsync(new StringReader(file), ["10Q"], dryRun: false);
        }

        var reports = await Task.WhenAll(ImportAsync(), ImportAsync());

        Assert.Equal(200, await factory.WithDbAsync(db => db.Practices.CountAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Places.CountAsync()));
        Assert.Contains(reports, r => r.Rejection is null && r.Count(Web.Domain.Practices.ImportAction.Create) == 200);
        Assert.All(reports, r => Assert.True(r.Rejection is null || r.Rejection.Contains("Another import")));
    }
}
