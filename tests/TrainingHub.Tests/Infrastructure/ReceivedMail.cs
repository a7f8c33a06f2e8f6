using System.Diagnostics;
using System.Text.Json;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>A message as it arrived, read by Python's email parser.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, IReadOnlyList<ReceivedAttachment> Attachments);

public sealed record ReceivedAttachment(string Name, string ContentType, string? Method, string Content);

public static class Received
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<ReceivedMail> All(SmtpSink smtp)
    {
        var files = Directory.EnumerateFiles(smtp.Folder, "*.eml").ToList();
        if (files.Count == 0) return [];
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "read_mail.py");
        var (output, error, exit) = Run("python3", [script, .. files], null);
        Assert.True(exit == 0, "The email parser could not read the messages: " + error);
        return JsonSerializer.Deserialize<List<ReceivedMail>>(output, Json)!;
    }

    /// <summary>A calendar file read by ical.js (tests/node/parse-ics.mjs), as a calendar app reads it.</summary>
    public static JsonElement ParseIcs(string ics)
    {
        var file = Path.Combine(Path.GetTempPath(), $"traininghub-{Guid.NewGuid():N}.ics");
        File.WriteAllText(file, ics);
        try
        {
            var (output, error, exit) = Run("node", ["parse-ics.mjs", file], NodeTests());
            Assert.True(exit == 0, "ical.js could not parse the invitation: " + error);
            return JsonDocument.Parse(output).RootElement;
        }
        finally { File.Delete(file); }
    }

    private static (string Output, string Error, int Exit) Run(string program, string[] args, string? directory)
    {
        var start = new ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (directory is not null) start.WorkingDirectory = directory;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output, error.Result, process.ExitCode);
    }

    private static string NodeTests()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "node");
            if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
        }
        throw new InvalidOperationException("tests/node not found above the test output folder.");
    }
}
