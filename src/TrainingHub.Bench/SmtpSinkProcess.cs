using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingHub.Bench;

/// <summary>A real SMTP server (Python's aiosmtpd, the tests' smtp_sink.py) on loopback writing each message it accepts to a folder.</summary>
public sealed class SmtpSinkProcess : IDisposable
{
    private readonly Process process;

    private SmtpSinkProcess(Process process, int port, string folder)
    {
        this.process = process;
        Port = port;
        Folder = folder;
    }

    public int Port { get; }
    public string Folder { get; }

    public static async Task<SmtpSinkProcess> StartAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var script = Path.Combine(AppContext.BaseDirectory, "smtp_sink.py");
        var process = Process.Start(new ProcessStartInfo(python, [script, port.ToString(), folder])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("The SMTP server did not start.");
        var ready = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        if (ready != "ready") throw new InvalidOperationException("The SMTP server did not start: " + await process.StandardError.ReadToEndAsync());
        return new SmtpSinkProcess(process, port, folder);
    }

    /// <summary>Each received message's envelope recipients and Message-ID header.</summary>
    public List<(string To, string? MessageId)> Received() => Directory.EnumerateFiles(Folder, "*.eml").Select(file =>
    {
        string? to = null, id = null;
        foreach (var line in File.ReadLines(file))
        {
            if (line.Length == 0) break;
            if (line.StartsWith("X-Rcpt-To: ", StringComparison.Ordinal)) to = line["X-Rcpt-To: ".Length..];
            else if (line.StartsWith("Message-ID: ", StringComparison.OrdinalIgnoreCase)) id = line["Message-ID: ".Length..].Trim();
        }
        return (to ?? "", id);
    }).ToList();

    public void Dispose()
    {
        process.StandardInput.Close();
        if (!process.WaitForExit(5000)) process.Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
