using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using TrainingHub.Web.Demo.National;

namespace TrainingHub.Bench;

public sealed record ScaleResult(
    string Scale, TimeSpan Generation, IReadOnlyList<string> Dataset, IReadOnlyList<Measurement> Measurements,
    IReadOnlyList<string> Pending, long? PeakWorkingSetBytes, IReadOnlyDictionary<string, double> FirstRequestMs);

public sealed record BenchReport(BenchOptions Options, Machine Machine, IReadOnlyList<ScaleResult> Scales, IReadOnlyList<BurstResult> Bursts);

/// <summary>For each scale: generate the dataset, start the portal over it, sign in each role, measure every page.</summary>
public sealed partial class BenchRun(BenchOptions options, TextWriter log)
{
    private readonly Dictionary<string, BurstResult> bursts = BurstScenarios.All.ToDictionary(b => b, BurstScenarios.NotAsked);

    public async Task<BenchReport> RunAsync()
    {
        Directory.CreateDirectory(options.WorkFolder);
        var portal = options.Portal ?? RepositoryFolder.PortalAssembly();
        var machine = Machine.Describe();
        var scales = new List<ScaleResult>();
        foreach (var scale in options.Scales) scales.Add(await RunScaleAsync(portal, scale, withBursts: scales.Count == 0));
        return new BenchReport(options, machine, scales, [.. bursts.Values]);
    }

    private async Task<ScaleResult> RunScaleAsync(string portal, string scale, bool withBursts)
    {
        var database = BenchDatabase.For(options, scale);
        var burstSizes = withBursts ? AskedBursts() : BurstSizes.None;
        var (generation, dataset, fresh) = await PrepareAsync(portal, scale, database, burstSizes);
        if (!fresh && burstSizes != BurstSizes.None)
        {
            foreach (var name in options.Bursts) bursts[name] = new BurstResult(name, "Not run: the dataset was reused, and bursts need a fresh one.", new Dictionary<string, int>());
            burstSizes = BurstSizes.None;
        }
        var result = await MeasureAsync(portal, scale, database, generation, dataset, burstSizes);
        if (burstSizes.Reminders > 0) bursts[BurstScenarios.Reminders] = await ReminderBurst.RunAsync(portal, database, burstSizes, options.WorkFolder, log);
        return result;
    }

    private BurstSizes AskedBursts() => new(
        options.Bursts.Contains(BurstScenarios.Booking) ? options.BurstSizes.BookingAttempts : 0,
        options.Bursts.Contains(BurstScenarios.Booking) ? options.BurstSizes.Seats : 0,
        options.Bursts.Contains(BurstScenarios.Reminders) ? options.BurstSizes.Reminders : 0);

    private async Task<ScaleResult> MeasureAsync(string portal, string scale, BenchDatabase database, TimeSpan generation, IReadOnlyList<string> dataset, BurstSizes burstSizes)
    {
        var certificate = LoopbackCertificate.Create(options.WorkFolder);
        await using var process = await PortalProcess.StartAsync(database, portal, certificate, log);
        var sessions = new Dictionary<BenchRole, PortalSession>();
        foreach (var role in Enum.GetValues<BenchRole>()) sessions[role] = await PortalSession.SignInAsync(process.Address, role, certificate);
        try
        {
            var ids = await DiscoverAsync(sessions, database);
            var (ready, pending, first) = await ProbeAsync(process, sessions, ids);
            var measurements = new List<Measurement>();
            foreach (var concurrency in options.Concurrency)
                foreach (var (target, prepare) in ready)
                {
                    var measured = await LoadDriver.MeasureAsync(target.Name, prepare, concurrency, options.Duration, target.ExpectedStatus);
                    log.WriteLine($"{scale} c={concurrency} {target.Name}: {measured.Requests} requests, p95 {measured.P95:F1} ms, {measured.ServerErrors} 5xx, peak so far {process.PeakWorkingSetBytes() / 1048576} MB");
                    measurements.Add(measured);
                }
            // Last, so its waiting list does not change the pages measured above; the peak memory includes it.
            if (burstSizes.BookingAttempts > 0) bursts[BurstScenarios.Booking] = await BookingBurst.RunAsync(process, certificate, database, burstSizes, log);
            return new ScaleResult(scale, generation, dataset, measurements, pending, process.PeakWorkingSetBytes(), first);
        }
        finally
        {
            foreach (var session in sessions.Values) session.Dispose();
        }
    }

    private async Task<(TimeSpan, IReadOnlyList<string>, bool Fresh)> PrepareAsync(string portal, string scale, BenchDatabase database, BurstSizes burstSizes)
    {
        if (options.ReuseDatasets && database.Exists)
        {
            log.WriteLine($"{scale}: reusing the dataset already generated.");
            return (TimeSpan.Zero, ["(reused from an earlier run)"], false);
        }
        await database.DropAsync(options);
        log.WriteLine($"{scale}: generating the dataset ({database.Description}).");
        string[] burstArguments =
        [
            "--burst-attempts", burstSizes.BookingAttempts.ToString(), "--burst-seats", burstSizes.Seats.ToString(),
            "--burst-reminders", burstSizes.Reminders.ToString(),
        ];
        var (exit, took, output) = await PortalProcess.RunCommandAsync(portal, ["seed-national", "--scale", scale, .. burstArguments, .. database.HostArguments], log);
        if (exit != 0) throw new InvalidOperationException($"seed-national --scale {scale} failed with exit code {exit}.");
        return (took, output.Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList(), true);
    }

    private sealed record Ids(string Event, string Practice, IReadOnlyList<string> BookableEvents)
    {
        public string Fill(string path) => path.Replace("{event}", Event).Replace("{practice}", Practice);
    }

    private static async Task<Ids> DiscoverAsync(Dictionary<BenchRole, PortalSession> sessions, BenchDatabase database)
    {
        // The bursts' events are left as the dataset made them: the booking row must not take their seats.
        var burstEvents = (await database.CountsAsync(
            $"SELECT \"Id\", 1 FROM \"ProgrammeEvents\" WHERE \"Title\" IN ('{BurstSizes.BookingEventTitle}', '{BurstSizes.ReminderEventTitle}')")).Keys
            .Select(id => id.ToString()).ToHashSet();
        var catalogue = await sessions[BenchRole.Attendee].Client.GetStringAsync("/Events");
        var register = await sessions[BenchRole.Lead].Client.GetStringAsync("/Practices?Q=surgery");
        // Enough events for 32 people booking at once, each their own, after those the attendee cannot cancel or
        // cannot book yet are passed over.
        var laterPages = new StringBuilder();
        for (var page = 2; page <= 12; page++) laterPages.Append(await sessions[BenchRole.Attendee].Client.GetStringAsync($"/Events?p={page}"));
        var events = EventLink().Matches(catalogue + laterPages).Select(m => m.Groups[1].Value).Distinct().Except(burstEvents).ToList();
        return new Ids(FirstId(EventLink(), catalogue, "event"), FirstId(PracticeLink(), register, "practice"), events);
    }

    private async Task<(List<(BenchTarget, Func<int, Task<Func<Task<HttpResponseMessage>>>>)>, List<string>, Dictionary<string, double>)> ProbeAsync(
        PortalProcess process, Dictionary<BenchRole, PortalSession> sessions, Ids ids)
    {
        var ready = new List<(BenchTarget, Func<int, Task<Func<Task<HttpResponseMessage>>>>)>();
        var pending = new List<string>();
        var first = new Dictionary<string, double>();
        foreach (var target in BenchTargets.All)
        {
            var path = ids.Fill(target.Path);
            // The probe is the page's first request: it compiles the page and, for a shared report, works it out.
            var probeWatch = System.Diagnostics.Stopwatch.StartNew();
            using var probe = await sessions[target.Role].Client.GetAsync(path);
            var probeMs = probeWatch.Elapsed.TotalMilliseconds;
            log.WriteLine($"  {target.Name}: first request {probeMs:F0} ms, peak so far {process.PeakWorkingSetBytes() / 1048576} MB");
            if (probe.StatusCode == HttpStatusCode.NotFound)
            {
                log.WriteLine($"  {target.Name}: {target.Path} is not in this build; pending.");
                pending.Add(target.Name);
                continue;
            }
            var prepare = Preparer(sessions[target.Role], target, path, ids);
            // The first visitor of the day's time is reported apart: for a POST, the first press; otherwise the probe.
            if (!target.IsPost) first[target.Name] = probeMs;
            for (var i = 0; i < 3; i++)
            {
                var send = await prepare(0);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                using (await send()) { }
                if (i == 0) first.TryAdd(target.Name, watch.Elapsed.TotalMilliseconds);
            }
            ready.Add((target, prepare));
        }
        return (ready, pending, first);
    }

    private static Func<int, Task<Func<Task<HttpResponseMessage>>>> Preparer(PortalSession session, BenchTarget target, string path, Ids ids)
    {
        if (target.IsBooking) return new BookingLoop(session, ids.BookableEvents).PrepareAsync;
        if (target.IsPost)
            return async _ =>
            {
                var form = await session.FormAsync(path, Fields(target.PostFields!));
                return () => session.Client.PostAsync(path, form);
            };
        return _ => Task.FromResult<Func<Task<HttpResponseMessage>>>(() => session.Client.GetAsync(path));
    }

    private static Dictionary<string, string> Fields(string fields) => fields.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(f => f.Split('=', 2)).ToDictionary(f => WebUtility.UrlDecode(f[0]), f => f.Length > 1 ? WebUtility.UrlDecode(f[1]) : "");

    private static string FirstId(Regex link, string page, string what)
    {
        var match = link.Match(page);
        return match.Success ? match.Groups[1].Value : throw new InvalidOperationException($"No {what} link to measure on the listing.");
    }

    [GeneratedRegex("href=\"/Events/Details/(\\d+)\"")]
    private static partial Regex EventLink();

    [GeneratedRegex("href=\"/Practices/(\\d+)\"")]
    private static partial Regex PracticeLink();
}
