using SQLitePCL;

namespace TrainingHub.Web.Data;

/// <summary>
/// SQLite counts every allocation under one lock the whole process shares. A query that allocates per row
/// (upper(), a sort) then runs no faster on two cores than on one: measured, 140 searches a second on one thread
/// and 135 on eight with the counting on, 184 and 403 with it off. Nothing here reads the counts, so they are
/// turned off. SQLite takes this only before its first connection opens, so it is done as the provider is chosen.
/// </summary>
public static class SqliteAllocationStatistics
{
    private const int ConfigMemoryStatistics = 9;   // SQLITE_CONFIG_MEMSTATUS

    private static readonly Lazy<bool> TurnedOff = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(ConfigMemoryStatistics, 0) == raw.SQLITE_OK;
    });

    /// <summary>Whether the counts are off in this process (false when a connection opened first).</summary>
    public static bool TurnOff() => TurnedOff.Value;
}
