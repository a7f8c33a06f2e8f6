namespace TrainingHub.Bench;

/// <summary>
/// The share of the machine's CPU time the host took for other guests while a phase ran (the "steal" column of
/// /proc/stat). On a shared virtual machine it swings from nothing to a third and more; rates measured minutes apart
/// can only be compared when it is said.
/// </summary>
public sealed class CpuSteal
{
    private readonly long[]? start = Sample();

    public static CpuSteal Start() => new();

    /// <summary>Stolen time over all time since <see cref="Start"/>, or null where /proc/stat is not there.</summary>
    public double? Share()
    {
        if (start is null || Sample() is not { } now) return null;
        var total = now.Sum() - start.Sum();
        return total <= 0 ? 0 : (now[Steal] - start[Steal]) / (double)total;
    }

    public string Describe() => Share() is { } share ? $"{share:P0} of the CPU taken by the host" : "host's share not known";

    private const int Steal = 7;

    private static long[]? Sample()
    {
        if (!File.Exists("/proc/stat")) return null;
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // user nice system idle iowait irq softirq steal: guest time is already counted in user.
        return cpu.Skip(1).Take(8).Select(long.Parse).ToArray();
    }
}
