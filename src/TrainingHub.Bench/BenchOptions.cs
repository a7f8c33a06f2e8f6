using TrainingHub.Web.Demo.National;

namespace TrainingHub.Bench;

/// <summary>`bench` options; every one has a default so `dotnet run --project src/TrainingHub.Bench` measures both scales on SQLite.</summary>
public sealed class BenchOptions
{
    public string[] Scales { get; set; } = ["programme", "national"];
    public int[] Concurrency { get; set; } = [1, 8, 32];
    public TimeSpan Duration { get; set; } = TimeSpan.FromSeconds(10);
    public string Provider { get; set; } = "sqlite";
    public string? PostgresConnection { get; set; }
    public string WorkFolder { get; set; } = Path.Combine(Path.GetTempPath(), "traininghub-bench");
    public bool ReuseDatasets { get; set; }
    public string? Output { get; set; }
    public string? Portal { get; set; }
    public string[] Bursts { get; set; } = [];
    /// <summary>The sizes; "small" (50 attempts for 5 seats, 200 reminders) keeps the CI smoke run quick; or ATTEMPTS,SEATS,REMINDERS.</summary>
    public BurstSizes BurstSizes { get; set; } = new(1_000, 20, 10_000);

    public static readonly BurstSizes SmallBursts = new(50, 5, 200);

    private static BurstSizes Sizes(string text)
    {
        if (text == "small") return SmallBursts;
        var n = text.Split(',').Select(p => int.TryParse(p, out var v) && v > 0 ? v : 0).ToArray();
        if (n.Length != 3 || n.Contains(0) || n[1] > n[0]) throw new ArgumentException("--burst-size is small or ATTEMPTS,SEATS,REMINDERS (whole numbers, seats no more than attempts).");
        return new BurstSizes(n[0], n[1], n[2]);
    }

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scales": options.Scales = Next().Split(','); break;
                case "--concurrency": options.Concurrency = Next().Split(',').Select(int.Parse).ToArray(); break;
                case "--seconds": options.Duration = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)); break;
                case "--provider": options.Provider = Next().ToLowerInvariant(); break;
                case "--postgres": options.PostgresConnection = Next(); break;
                case "--work": options.WorkFolder = Next(); break;
                case "--reuse": options.ReuseDatasets = true; break;
                case "--output": options.Output = Next(); break;
                case "--portal": options.Portal = Next(); break;
                case "--bursts": options.Bursts = Next().Split(','); break;
                case "--burst-size": options.BurstSizes = Sizes(Next()); break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }
        }
        if (options.Bursts.Except(BurstScenarios.All).FirstOrDefault() is { } unknown) throw new ArgumentException($"Unknown burst {unknown}: booking or reminders.");
        if (options.Provider is not ("sqlite" or "postgres")) throw new ArgumentException("--provider is sqlite or postgres.");
        if (options.Provider == "postgres" && options.PostgresConnection is null) throw new ArgumentException("--postgres CONNECTION is needed with --provider postgres.");
        return options;
    }
}

/// <summary>The repository this benchmark was built in, found by walking up to TrainingHub.sln.</summary>
public static class RepositoryFolder
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "TrainingHub.sln"))) return folder.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the TrainingHub repository (or pass --portal and --output).");
    }

    public static string PortalAssembly()
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return Path.Combine(Find(), "src", "TrainingHub.Web", "bin", configuration, "net10.0", "TrainingHub.Web.dll");
    }
}
