using System.Collections.Concurrent;
using System.Diagnostics;

namespace TrainingHub.Web.Data;

/// <summary>
/// Reports that read the whole programme (coverage, delivery, feedback, the trainer pool) are worked out once and
/// shared by everyone who asks until the data changes. Any write through this web node starts a new generation
/// (see <see cref="ReportCacheInvalidation"/>), and no report is older than the configured age, which bounds how
/// long another web node's writes can go unseen. Slow reports are worked out one at a time, each in a scope of its own, so a
/// room of leads opening the coverage page together costs one set of queries, not one each, and a stream of
/// bookings does not start a build per reader.
/// <para>
/// While a report is worked out again, the last one is served if it has only grown old. After a change here, a
/// reader waits for a report that includes it when reports of this kind are quick to work out (the last took less
/// than <see cref="ReportCacheOptions.Wait"/>), and otherwise gets the last one at once: at national scale a report
/// takes seconds, and a lead would rather see figures a few seconds behind than wait on every booking made.
/// </para>
/// </summary>
public sealed class ReportCache(IServiceScopeFactory scopes, TimeProvider clock, ReportCacheOptions options)
{
    /// <summary>Reports kept at most; past this the stale ones go, and if all are fresh, all go (filters make many keys).</summary>
    public const int MostEntries = 256;

    /// <summary>A report worked out, the generation it was begun in, and how long it took.</summary>
    private sealed record Built(object Value, long Generation, TimeSpan Took);

    /// <summary>A report being or been worked out, and the last one built before it (served while it is being worked out).</summary>
    private sealed record Entry(long Generation, DateTimeOffset Started, Lazy<Task<Built>> Value, Built? Previous)
    {
        public bool IsBuilding => !Value.IsValueCreated || !Value.Value.IsCompleted;
        public Built? Latest => Value is { IsValueCreated: true, Value.IsCompletedSuccessfully: true } ? Value.Value.Result : Previous;
    }

    private readonly ConcurrentDictionary<string, Entry> entries = new();
    private readonly SemaphoreSlim turns = new(1, 1);
    private static readonly AsyncLocal<bool> InBuild = new();
    private long generation;

    public void DataChanged() => Interlocked.Increment(ref generation);

    /// <summary>The report under this key, built by <typeparamref name="TSource"/> from a fresh scope when none is current.</summary>
    public async Task<T> GetAsync<TSource, T>(string key, Func<TSource, Task<T>> build) where TSource : notnull where T : class
    {
        if (options.MaxAge <= TimeSpan.Zero) return await BuildAsync(build);
        var seen = Volatile.Read(ref generation);
        while (true)
        {
            Entry? started = null;
            var entry = entries.AddOrUpdate(key, _ => started = Start(build, null),
                (_, current) => current.IsBuilding || IsCurrent(current) ? current : started = Start(build, current));
            // Only a call that added a report can have grown the cache past its bound (Count takes every lock).
            if (ReferenceEquals(entry, started) && entries.Count > MostEntries) Prune();
            try
            {
                var building = entry.Value.Value;
                if (!building.IsCompleted && entry.Previous is { Value: T previous } last && await ServeLastAsync(last, seen, building))
                    return previous;
                var built = await building;
                // A build begun before this reader's own change is not enough: the reader asks again.
                if (built.Generation >= seen) return (T)built.Value;
            }
            catch
            {
                // A failed build is not kept: the next request tries again.
                entries.TryRemove(KeyValuePair.Create(key, entry));
                throw;
            }
        }
    }

    /// <summary>
    /// Whether the last report will do while the next is worked out: it will when nothing has changed here since
    /// it was begun, when reports of its kind are slow to work out, or when the next is not ready in time.
    /// </summary>
    private async Task<bool> ServeLastAsync(Built last, long seen, Task<Built> building) =>
        last.Generation >= seen || last.Took >= options.Wait || !await FinishesInTimeAsync(building);

    private Entry Start<TSource, T>(Func<TSource, Task<T>> build, Entry? replaced) where TSource : notnull where T : class
    {
        var now = Volatile.Read(ref generation);
        var last = replaced?.Latest;
        var slow = last is not null && last.Took >= options.Wait;
        return new Entry(now, clock.GetUtcNow(), new Lazy<Task<Built>>(() => Task.Run(() => TimedAsync(build, slow))), last);
    }

    // On the thread pool: SQLite's "async" calls run synchronously, so a build begun on the reader's own thread
    // would hold that reader for the whole build before the last report could be handed to them.
    // Slow reports take turns, one at a time on this node: a national report takes seconds of a core and hundreds
    // of megabytes, and two at once took both cores from the pages people were waiting on. Quick ones never queue
    // behind them (their readers wait for them after a change). A report worked out inside another's build is part of that turn.
    private async Task<Built> TimedAsync<TSource, T>(Func<TSource, Task<T>> build, bool slow) where TSource : notnull where T : class
    {
        var ownTurn = slow && !InBuild.Value;
        if (ownTurn) await turns.WaitAsync();
        try
        {
            InBuild.Value = true;
            var begunIn = Volatile.Read(ref generation);
            var started = Stopwatch.GetTimestamp();
            var value = await BuildAsync(build);
            return new Built(value, begunIn, Stopwatch.GetElapsedTime(started));
        }
        finally
        {
            if (ownTurn) turns.Release();
        }
    }

    private async Task<bool> FinishesInTimeAsync(Task<Built> building)
    {
        try
        {
            await building.WaitAsync(options.Wait, clock);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

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

/// <summary>
/// Reports:CacheSeconds, how old a shared report may grow before it is worked out again (0 works every one out
/// afresh); Reports:WaitSeconds, how long a report may take to work out for readers after a change to wait for it.
/// </summary>
public sealed record ReportCacheOptions(TimeSpan MaxAge, TimeSpan Wait)
{
    public const string Setting = "Reports:CacheSeconds";
    public const string WaitSetting = "Reports:WaitSeconds";

    public ReportCacheOptions(TimeSpan maxAge) : this(maxAge, TimeSpan.FromSeconds(0.5)) { }

    public static ReportCacheOptions From(IConfiguration configuration) =>
        new(TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(Setting, 60))),
            TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue(WaitSetting, 0.5))));
}
