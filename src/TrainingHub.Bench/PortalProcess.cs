using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingHub.Bench;

/// <summary>
/// The portal as a separate process on real Kestrel, on a free loopback port, over a prepared database. Its peak
/// working set is the kernel's high-water mark (VmHWM), which covers the whole life of the process.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    private readonly Process process;

    private PortalProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }
    public int Id => process.Id;

    public static async Task<PortalProcess> StartAsync(BenchDatabase database, string portal, LoopbackCertificate certificate, TextWriter log)
    {
        var port = FreePort();
        var address = new Uri($"https://127.0.0.1:{port}");
        // Every benchmark user signs in from loopback, one address: the per-address sign-in limit is for people, not for this.
        var process = Start(portal,
            ["--urls", address.ToString(), .. database.HostArguments, .. certificate.HostArguments, "--Diagnostics:CountDatabaseCommands", "true",
             "--RateLimits:SignInPostsPerMinute", "1000000",
             // Pages only: the startup catch-up of a national dataset's reminders would share the two cores with the pages measured.
             "--Jobs:Enabled", "false"], log);
        var started = new PortalProcess(process, address);
        await started.WaitUntilHealthyAsync(certificate);
        return started;
    }

    /// <summary>Runs a portal command (seed-national, migrate) to its end.</summary>
    public static async Task<(int ExitCode, TimeSpan Took, List<string> Output)> RunCommandAsync(string portal, string[] arguments, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var output = new List<string>();
        using var process = Start(portal, arguments, log, output);
        await process.WaitForExitAsync();
        return (process.ExitCode, watch.Elapsed, output);
    }

    public long? PeakWorkingSetBytes()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    private static Process Start(string portal, string[] arguments, TextWriter log, List<string>? output = null)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(portal)!, RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(portal);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // Neither Development (developer pages) nor Production (which refuses demo accounts): a production-like pipeline.
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Benchmark";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(info) ?? throw new InvalidOperationException("The portal did not start.");
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (log) { log.WriteLine("  portal| " + e.Data); output?.Add(e.Data); }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.WriteLine("  portal! " + e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilHealthyAsync(LoopbackCertificate certificate)
    {
        using var client = new HttpClient(PortalSession.Handler(certificate)) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3); await Task.Delay(250))
        {
            if (process.HasExited) throw new InvalidOperationException($"The portal exited with code {process.ExitCode} before it was ready.");
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
        }
        throw new TimeoutException("The portal was not healthy within three minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
