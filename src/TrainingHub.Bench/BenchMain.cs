namespace TrainingHub.Bench;

/// <summary>`bench`: measures the portal at each scale and writes docs/performance.md. Options: see BenchOptions.</summary>
public static class BenchMain
{
    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try { options = BenchOptions.Parse(args); }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }
        var report = await new BenchRun(options, Console.Out).RunAsync();
        var output = options.Output ?? Path.Combine(RepositoryFolder.Find(), "docs", "performance.md");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await File.WriteAllTextAsync(output, PerformanceReport.Write(report));
        Console.WriteLine($"Wrote {output}.");
        return report.Scales.Any(s => s.Measurements.Any(m => m.ServerErrors > 0)) ? 1 : 0;
    }
}
