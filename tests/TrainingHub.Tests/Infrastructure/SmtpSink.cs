using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A real SMTP server process (Python's aiosmtpd, Infrastructure/smtp_sink.py) on loopback; every accepted message
/// lands in Folder. Recipients named refuse-…, tempfail-… and drop-… make it refuse, defer or drop the connection.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private Process process;
    public int Port { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "traininghub-smtp", Guid.NewGuid().ToString("N"));

    /// <summary>Debian's Python, where the apt packages the tests install (aiosmtpd, icalendar) live.</summary>
    public static string Python => File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

    public SmtpSink()
    {
        Directory.CreateDirectory(Folder);
        Port = FreePort();
        process = Start();
    }

    private Process Start()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py");
        var started = Process.Start(new ProcessStartInfo(Python, [script, Port.ToString(), Folder])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var ready = started.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)).GetAwaiter().GetResult();
        if (ready != "ready") throw new InvalidOperationException("SMTP sink did not start: " + started.StandardError.ReadToEnd());
        return started;
    }

    /// <summary>Stops the server process, dropping every connection, and starts a new one on the same port.</summary>
    public void Restart()
    {
        Stop();
        process = Start();
    }

    /// <summary>The raw messages received so far (each starts with an X-Rcpt-To line naming the envelope recipients).</summary>
    public IReadOnlyList<string> Messages() => Files().Select(File.ReadAllText).ToList();

    public IReadOnlyList<string> Files() => Directory.EnumerateFiles(Folder, "*.eml").Order(StringComparer.Ordinal).ToList();

    /// <summary>The number of the SMTP connection (session) each received message came on.</summary>
    public IReadOnlyList<int> Connections() => Files().Select(f => int.Parse(Path.GetFileName(f)[..4])).ToList();

    /// <summary>Waits until a message to a hold-… recipient has reached DATA, where the server keeps it until <see cref="Release"/>.</summary>
    public async Task HoldingAsync()
    {
        var holding = Path.Combine(Folder, "holding");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!File.Exists(holding)) await Task.Delay(20, timeout.Token);
    }

    /// <summary>Lets the held message (and any later one to a hold-… recipient) be answered.</summary>
    public void Release() => File.WriteAllText(Path.Combine(Folder, "release"), "");

    /// <summary>The files of messages the server saw but answered 451 (tempfail-… recipients, the first time).</summary>
    public IReadOnlyList<string> Deferred()
    {
        var folder = Path.Combine(Folder, "refused");
        return Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.eml").ToList() : [];
    }

    /// <summary>Returns once the server accepts connections again (after a drop-… recipient made it restart).</summary>
    public void WaitUntilListening()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { Thread.Sleep(100); }
        }
        throw new InvalidOperationException("The SMTP sink did not come back after restarting.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Stop()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000)) process.Kill();
        process.Dispose();
    }

    public void Dispose()
    {
        Stop();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
