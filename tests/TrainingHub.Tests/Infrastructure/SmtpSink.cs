using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>A real SMTP server process (Python's aiosmtpd) on loopback; every accepted message lands in Folder.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly Process process;
    public int Port { get; }
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "traininghub-smtp", Guid.NewGuid().ToString("N"));

    public SmtpSink()
    {
        Directory.CreateDirectory(Folder);
        Port = FreePort();
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "smtp_sink.py");
        process = Process.Start(new ProcessStartInfo(python, [script, Port.ToString(), Folder])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        var ready = process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)).GetAwaiter().GetResult();
        if (ready != "ready") throw new InvalidOperationException("SMTP sink did not start: " + process.StandardError.ReadToEnd());
    }

    /// <summary>The raw messages received so far (each starts with an X-Rcpt-To line naming the envelope recipients).</summary>
    public IReadOnlyList<string> Messages() =>
        Directory.EnumerateFiles(Folder, "*.eml").Select(File.ReadAllText).ToList();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000)) process.Kill();
        process.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
