using TrainingHub.Web.Commands;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>import-practices FILE --commissioners 10Q,14Y [--follow NEWCODE=PLACECODE|new,...] [--left] [--dry-run]</summary>
public static class ImportPracticesCommand
{
    private const string Usage = "Usage: import-practices FILE --commissioners 10Q,14Y,15A,15D [--follow NEWCODE=PLACECODE|new,...] [--left] [--dry-run]";

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output, string? callerDirectory = null)
    {
        var file = arguments.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal) && !IsValueOf(arguments, a));
        var commissioners = ValueOf(arguments, "--commissioners")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (file is null || commissioners.Length == 0)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        var path = Path.GetFullPath(file, callerDirectory ?? CallerDirectory.Find());
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"No such file: {path}");
            return 2;
        }

        if (DepartureChoices.ParseFollow((ValueOf(arguments, "--follow") ?? "").Split(',')) is not { } follow)
        {
            await output.WriteLineAsync("--follow takes NEWCODE=PLACECODE pairs separated by commas, e.g. --follow D4U1Y=15D or D4U1Y=new.");
            return 2;
        }
        var choices = new DepartureChoices(follow, arguments.Contains("--left"));
        var dryRun = arguments.Contains("--dry-run");
        if (!dryRun) await Data.DatabaseStartup.MigrateAsync(services, TextWriter.Null);
        using var reader = new StreamReader(path);
        var report = await services.GetRequiredService<PracticeImporter>().ImportAsync(reader, commissioners, choices, dryRun);
        await WriteAsync(report, output);
        return report.Rejection is null ? 0 : 1;
    }

    private static async Task WriteAsync(PracticeImportReport report, TextWriter output)
    {
        if (report.Rejection is not null)
        {
            await output.WriteLineAsync("Rejected: " + report.Rejection);
            foreach (var o in report.Outcomes.Where(o => o.Action == ImportAction.NeedsChoice))
                await output.WriteLineAsync($"  {o.OdsCode,-8} {o.Name}: {o.Reason}");
            return;
        }
        await output.WriteLineAsync($"Read as {report.Format!.Description}.");
        if (report.NoDatabaseYet) await output.WriteLineAsync("There is no database yet: the file is compared with an empty register, and none was created.");
        await output.WriteLineAsync($"{(report.DryRun ? "Dry run" : "Imported")}: {report.RowsRead} rows read; " +
            string.Join(", ", Enum.GetValues<ImportAction>().Select(a => $"{report.Count(a)} {a.ToString().ToLowerInvariant()}")));
        foreach (var o in report.Outcomes.Where(o => o.Action != ImportAction.Unchanged))
            await output.WriteLineAsync($"  line {o.LineNumber,6}  {o.OdsCode,-8} {o.Action,-9} {o.Name}: {o.Reason}");
    }

    private static string? ValueOf(string[] args, string option)
    {
        var i = Array.IndexOf(args, option);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static bool IsValueOf(string[] args, string value)
    {
        var i = Array.IndexOf(args, value);
        return i > 0 && args[i - 1] is "--commissioners" or "--follow";
    }
}
