using System.Collections.Concurrent;

namespace TrainingHub.Web.Data;

/// <summary>
/// Reports that read the whole programme (coverage, delivery, feedback, the trainer pool) are worked out once and
/// shared by everyone who asks until the data changes. Any write through this web node starts a new generation
/// (see <see cref="ReportCacheInvalidation"/>), and no report is older than the configured age, which bounds how
/// long another web node's writes can go unseen. One build of a report runs at a time, in a scope of its own, so a
/// room of leads opening the coverage page together costs one set of queries, not one each. A report that has only
/// grown old (nothing changed here) is still served while its successor is worked out, so no one waits for that;
/// after a change here, everyone waits for the new one, so a lead never sees a report older than their own change.
/// </summary>
public sealed class ReportCache(IServiceScopeFactory scopes, TimeProvider clock, ReportCacheOptions options)
{
    /// <summary>Reports kept at most; past this the stale ones go, and if all are fresh, all go (filters make many keys).</summary>
    public const int MostEntries = 256;

    /// <summary>A report being or been worked out; <paramref name="Previous"/> is the one it replaces when only age retired that.</summary>
    private sealed record Entry(long Generation, DateTimeOffset Started, Lazy<Task<object>> Value, object? Previous);

    private readonly ConcurrentDictionary<string, Entry> entries = new();
    private long generation;

    public void DataChanged() => Interlocked.Increment(ref generation);

    /// <summary>The report under this key, built by <typeparamref name="TSource"/> from a fresh scope when none is current.</summary>
    public async Task<T> GetAsync<TSource, T>(string key, Func<TSource, Task<T>> build) where TSource : notnull where T : class
    {
        if (options.MaxAge <= TimeSpan.Zero) return await BuildAsync(build);
        var entry = entries.AddOrUpdate(key, _ => Start(build, null), (_, current) => IsCurrent(current) ? current : Start(build, Outgrown(current)));
        try
        {
            var building = entry.Value.Value;
            if (!building.IsCompleted && entry.Previous is T previous) return previous;
            return (T)await building;
        }
        catch
        {
            // A failed build is not kept: the next request tries again.
            entries.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
        finally
        {
            if (entries.Count > MostEntries) Prune();
        }
    }

    private Entry Start<TSource, T>(Func<TSource, Task<T>> build, object? previous) where TSource : notnull where T : class =>
        new(Volatile.Read(ref generation), clock.GetUtcNow(), new Lazy<Task<object>>(async () => await BuildAsync(build)), previous);

    /// <summary>The report an entry holds, when only its age retires it: still right as of the last change here.</summary>
    private object? Outgrown(Entry entry) =>
        entry.Generation == Volatile.Read(ref generation) && entry.Value is { IsValueCreated: true, Value.IsCompletedSuccessfully: true }
            ? entry.Value.Value.Result
            : entry.Generation == Volatile.Read(ref generation) ? entry.Previous : null;

    private async Task<T> BuildAsync<TSource, T>(Func<TSource, Task<T>> build) where TSource : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await build(scope.ServiceProvider.GetRequiredService<TSource>());
    }

    private bool IsCurrent(Entry entry) =>
        entry.Generation == Volatile.Read(ref generation) && clock.GetUtcNow() - entry.Started < options.MaxAge
        && !(entry.Value.IsValueCreated && entry.Value.Value.IsFaulted);

    private void Prune()
    {
        foreach (var stale in entries.Where(e => !IsCurrent(e.Value))) entries.TryRemove(stale);
        if (entries.Count > MostEntries) entries.Clear();
    }
}

/// <summary>Reports:CacheSeconds, how old a shared report may grow before it is worked out again; 0 works every one out afresh.</summary>
public sealed record ReportCacheOptions(TimeSpan MaxAge)
{
    public const string Setting = "Reports:CacheSeconds";

    public static ReportCacheOptions From(IConfiguration configuration) =>
        new(TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(Setting, 60))));
}
