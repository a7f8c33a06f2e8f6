using System.Diagnostics;
using TrainingHub.Tests.Domain.Practices;

namespace TrainingHub.Tests.Pages.Practices;

/// <summary>
/// The import command as a person runs it: its own process, in Production with no sign-in method configured, from a
/// folder other than the portal's, naming the file relative to the folder it was typed in.
/// </summary>
public sealed class ImportPracticesProcessTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private string Caller => Path.Combine(root, "caller");
    private string Data => Path.Combine(root, "data");

    public ImportPracticesProcessTests()
    {
        Directory.CreateDirectory(Caller);
        File.WriteAllText(Path.Combine(Caller, "epraccur.csv"), OdsRows.File(OdsRows.TodayLine("K84001"), OdsRows.TodayLine("K84002")));
    }

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); } catch (IOException) { }
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] arguments)
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            // Started elsewhere, as dotnet run starts the portal in its project folder; PWD names where it was typed.
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])[web, .. arguments, "--TrainingHub:DataDirectory", Data]) start.ArgumentList.Add(a);
        start.Environment["PWD"] = Caller;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("Authentication__LocalAccounts");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task A_dry_run_in_production_with_no_sign_in_method_reads_a_relative_path_and_creates_no_database()
    {
        var (exit, output) = await RunAsync("import-practices", "epraccur.csv", "--commissioners", "10Q", "--dry-run");

        Assert.True(exit == 0, output);
        Assert.Contains("Read as status words and role codes (files since 2024).", output);
        Assert.Contains("There is no database yet", output);
        Assert.Contains("Dry run: 2 rows read; 2 create", output);
        Assert.DoesNotContain("   at ", output);
        Assert.Empty(Directory.Exists(Data) ? Directory.GetFiles(Data, "*", SearchOption.AllDirectories) : []);
    }

    [Fact]
    public async Task An_import_in_production_with_no_sign_in_method_imports_and_a_missing_file_is_one_line()
    {
        var (exit, output) = await RunAsync("import-practices", "epraccur.csv", "--commissioners", "10Q");
        Assert.True(exit == 0, output);
        Assert.Contains("Imported: 2 rows read; 2 create", output);

        var (missingExit, missing) = await RunAsync("import-practices", "elsewhere.csv", "--commissioners", "10Q");
        Assert.Equal(2, missingExit);
        Assert.Equal($"No such file: {Path.Combine(Caller, "elsewhere.csv")}", missing.Trim());
    }
}
