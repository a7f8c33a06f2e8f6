using TrainingHub.Web.Demo.National;

namespace TrainingHub.Web.Commands;

/// <summary>
/// `seed-national [--scale national|programme|N] [--ods-file epraccur.csv(.gz)] [--burst-attempts N --burst-seats N]
/// [--burst-reminders N]`: the benchmark's dataset, with what its bursts start from when asked.
/// </summary>
public static class SeedNationalCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] arguments, TextWriter output)
    {
        var scale = NationalScale.Parse(Option(arguments, "--scale"));
        if (scale is null)
        {
            await output.WriteLineAsync("--scale must be national, programme or a number of practices.");
            return 2;
        }
        var odsFile = Option(arguments, "--ods-file");
        if (odsFile is not null && !File.Exists(odsFile))
        {
            await output.WriteLineAsync($"No ODS file at {odsFile}.");
            return 2;
        }
        var bursts = new BurstSizes(Count(arguments, "--burst-attempts"), Count(arguments, "--burst-seats"), Count(arguments, "--burst-reminders"));
        if (bursts.BookingAttempts > 0 && bursts.Seats <= 0)
        {
            await output.WriteLineAsync("--burst-attempts needs --burst-seats, a number above zero.");
            return 2;
        }
        return await services.GetRequiredService<NationalDataset>().SeedAsync(scale, odsFile, output, bursts);
    }

    private static int Count(string[] arguments, string name) =>
        int.TryParse(Option(arguments, name), out var count) && count > 0 ? count : 0;

    private static string? Option(string[] arguments, string name)
    {
        var at = Array.IndexOf(arguments, name);
        return at >= 0 && at + 1 < arguments.Length ? arguments[at + 1] : null;
    }
}
