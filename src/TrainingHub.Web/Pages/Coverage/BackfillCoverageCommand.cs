using System.Globalization;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>backfill-coverage --from 2024-01-01 --to 2026-11-01: rebuilds the daily snapshots from completions. Safe to run again.</summary>
public static class BackfillCoverageCommand
{
    public const string Usage = "Usage: backfill-coverage --from YYYY-MM-DD --to YYYY-MM-DD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output)
    {
        if (!TryDate(arguments, "--from", out var from) || !TryDate(arguments, "--to", out var to))
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }
        if (to < from)
        {
            await output.WriteLineAsync($"--to ({to:yyyy-MM-dd}) is before --from ({from:yyyy-MM-dd}).");
            return 2;
        }
        await Data.DatabaseStartup.MigrateAsync(services, TextWriter.Null);
        var rows = await services.GetRequiredService<CoverageSnapshots>().RecordAsync(from, to);
        await output.WriteLineAsync($"Recorded {rows} place snapshots for {to.DayNumber - from.DayNumber + 1} days, {from:yyyy-MM-dd} to {to:yyyy-MM-dd}.");
        return 0;
    }

    private static bool TryDate(string[] arguments, string option, out DateOnly date)
    {
        date = default;
        var at = Array.IndexOf(arguments, option);
        return at >= 0 && at + 1 < arguments.Length
            && DateOnly.TryParseExact(arguments[at + 1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
