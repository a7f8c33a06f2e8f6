using System.Diagnostics;
using System.Text.Json;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A message as it arrived, read by Python's email parser: its headers, its MIME structure written as
/// <c>multipart/mixed(multipart/alternative(text/plain,text/html),application/ics)</c>, every leaf part, the
/// calendar inside the alternative (an invitation) and the attachments.
/// </summary>
public sealed record ReceivedMail(
    string To, string Subject, string Text, IReadOnlyList<ReceivedAttachment> Attachments,
    string? MessageId, string? From, string? ReplyTo, string? ListUnsubscribe, string Structure,
    IReadOnlyList<ReceivedPart> Parts, ReceivedAttachment? Calendar);

public sealed record ReceivedAttachment(string? Name, string ContentType, string? Method, string Content);

public sealed record ReceivedPart(string ContentType, string? Charset, string? Method, string? Disposition, string? FileName, string? TransferEncoding);

public static class Received
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<ReceivedMail> All(SmtpSink smtp) => Read(smtp.Files());

    public static IReadOnlyList<ReceivedMail> Read(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return [];
        var script = Path.Combine(AppContext.BaseDirectory, "Infrastructure", "read_mail.py");
        var (output, error, exit) = Run("python3", [script, .. files], null);
        Assert.True(exit == 0, "The email parser could not read the messages: " + error);
        return JsonSerializer.Deserialize<List<ReceivedMail>>(output, Json)!;
    }

    /// <summary>A calendar file read by ical.js (tests/node/parse-ics.mjs), as a calendar app reads it.</summary>
    public static JsonElement ParseIcs(string ics) => ParseIcsWith(ics, "node", ["parse-ics.mjs"], NodeTests(), "ical.js");

    /// <summary>The same file read by Debian's python3-icalendar (Infrastructure/parse_ics.py), in the same shape.</summary>
    public static JsonElement ParseIcsWithPython(string ics) =>
        ParseIcsWith(ics, SmtpSink.Python, [Path.Combine(AppContext.BaseDirectory, "Infrastructure", "parse_ics.py")], null, "python3-icalendar");

    /// <summary>The file read by both parsers; they must agree on every entry's identity, state and times.</summary>
    public static JsonElement ParseIcsWithBoth(string ics)
    {
        var js = ParseIcs(ics);
        var python = ParseIcsWithPython(ics);
        Assert.Equal(js.GetProperty("method").GetString(), python.GetProperty("method").GetString());
        var jsEvents = js.GetProperty("events").EnumerateArray().ToList();
        var pythonEvents = python.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(jsEvents.Count, pythonEvents.Count);
        foreach (var (a, b) in jsEvents.Zip(pythonEvents))
        {
            foreach (var name in new[] { "uid", "summary", "status", "startZone", "endZone", "organizer" })
                Assert.Equal(a.GetProperty(name).GetString(), b.GetProperty(name).GetString());
            Assert.Equal(a.GetProperty("sequence").GetInt32(), b.GetProperty("sequence").GetInt32());
            Assert.Equal(a.GetProperty("start").GetDateTimeOffset(), b.GetProperty("start").GetDateTimeOffset());
            Assert.Equal(a.GetProperty("end").GetDateTimeOffset(), b.GetProperty("end").GetDateTimeOffset());
            Assert.Equal(a.GetProperty("alarms").GetArrayLength(), b.GetProperty("alarms").GetArrayLength());
        }
        return js;
    }

    private static JsonElement ParseIcsWith(string ics, string program, string[] args, string? directory, string parser)
    {
        var file = Path.Combine(Path.GetTempPath(), $"traininghub-{Guid.NewGuid():N}.ics");
        File.WriteAllText(file, ics);
        try
        {
            var (output, error, exit) = Run(program, [.. args, file], directory);
            Assert.True(exit == 0, $"{parser} could not parse the calendar: {error}\n{ics}");
            return JsonDocument.Parse(output).RootElement.Clone();
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
