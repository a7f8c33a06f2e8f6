using System.Runtime.InteropServices;

namespace TrainingHub.Bench;

/// <summary>What the figures were measured on, including how busy the machine already was.</summary>
public sealed record Machine(int Cores, string Memory, string OperatingSystem, string DotNet, string LoadAverage, DateTimeOffset At)
{
    public static Machine Describe() => new(
        Environment.ProcessorCount,
        ProcLine("/proc/meminfo", "MemTotal:") is { } kb ? $"{long.Parse(kb.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024 / 1024.0:F1} GB" : "unknown",
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown",
        DateTimeOffset.UtcNow);

    private static string? ProcLine(string file, string prefix) =>
        File.Exists(file) ? File.ReadLines(file).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal)) : null;
}
