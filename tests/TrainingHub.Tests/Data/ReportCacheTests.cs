using Microsoft.Extensions.Time.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Messages;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Tests.Data;

public sealed class ReportCacheTests
{
    /// <summary>Stands in for a report's builder: counts how often the report is worked out, and may be held open.</summary>
    private sealed class Builds
    {
        public int Count;
        public TaskCompletionSource Gate { get; set; } = CompletedGate();
        private static TaskCompletionSource CompletedGate() { var gate = new TaskCompletionSource(); gate.SetResult(); return gate; }
    }

    private sealed class Source(Builds builds)
    {
        public async Task<string> WorkOutAsync()
        {
            var n = Interlocked.Increment(ref builds.Count);
            await builds.Gate.Task;
            return $"report {n}";
        }

        /// <summary>As SQLite's calls are: "async" in name, run to the end on the caller's thread.</summary>
        public Task<string> WorkOutSynchronously()
        {
            var n = Interlocked.Increment(ref builds.Count);
            builds.Gate.Task.Wait(TimeSpan.FromSeconds(5));
            return Task.FromResult($"report {n}");
        }
    }

    private static (ReportCache Cache, Builds Builds, FakeTimeProvider Clock) Create(int seconds = 60, double waitSeconds = 2)
    {
        var builds = new Builds();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection().AddSingleton(builds).AddScoped<Source>().BuildServiceProvider();
        return (new ReportCache(services.GetRequiredService<IServiceScopeFactory>(), clock, new ReportCacheOptions(TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(waitSeconds))), builds, clock);
    }

    private static Task<string> Get(ReportCache cache, string key = "coverage") => cache.GetAsync<Source, string>(key, s => s.WorkOutAsync());

    [Fact]
    public async Task A_report_is_worked_out_once_and_shared_until_the_data_changes()
    {
        var (cache, builds, _) = Create();
        Assert.Equal("report 1", await Get(cache));
        Assert.Equal("report 1", await Get(cache));
        cache.DataChanged();
        Assert.Equal("report 2", await Get(cache));
        Assert.Equal(2, builds.Count);
    }

    [Fact]
    public async Task A_report_older_than_the_age_allowed_is_worked_out_again_and_served_meanwhile()
    {
        var (cache, builds, clock) = Create(seconds: 60);
        await Get(cache);
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal("report 1", await Get(cache));
        clock.Advance(TimeSpan.FromSeconds(2));
        builds.Gate = new TaskCompletionSource();
        Assert.Equal("report 1", await Get(cache));
        Assert.Equal("report 1", await Get(cache));
        await BuildsStartedAsync(builds, 2);
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => await Get(cache) == "report 2");
        Assert.Equal(2, builds.Count);
    }

    [Fact]
    public async Task After_a_change_no_one_is_served_the_report_from_before_it()
    {
        var (cache, builds, clock) = Create(seconds: 60);
        await Get(cache);
        clock.Advance(TimeSpan.FromSeconds(61));
        cache.DataChanged();
        builds.Gate = new TaskCompletionSource();
        var asked = Get(cache);
        await Task.Delay(50);
        Assert.False(asked.IsCompleted);
        builds.Gate.SetResult();
        Assert.Equal("report 2", await asked);
    }

    [Fact]
    public async Task After_a_change_a_report_slower_to_work_out_than_the_wait_is_served_as_last_worked_out_meanwhile()
    {
        var (cache, builds, _) = Create(waitSeconds: 0);
        await Get(cache);
        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        Assert.Equal("report 1", await Get(cache));
        await BuildsStartedAsync(builds, 2);
        cache.DataChanged();
        Assert.Equal("report 1", await Get(cache));
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => await Get(cache) == "report 3");
        Assert.Equal(3, builds.Count);
    }

    [Fact]
    public async Task After_a_change_a_report_that_took_longer_than_the_wait_is_served_at_once_while_the_next_is_worked_out()
    {
        var (cache, builds, _) = Create(waitSeconds: 0.2);
        builds.Gate = new TaskCompletionSource();
        var first = Get(cache);
        await Task.Delay(400);
        builds.Gate.SetResult();
        Assert.Equal("report 1", await first);
        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        var asked = Get(cache);
        Assert.True(asked.IsCompleted);
        Assert.Equal("report 1", await asked);
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => await Get(cache) == "report 2");
    }

    [Fact]
    public async Task A_build_that_runs_synchronously_does_not_hold_the_reader_who_is_served_the_last_report()
    {
        var (cache, builds, _) = Create(waitSeconds: 0);
        Task<string> Synchronous() => cache.GetAsync<Source, string>("coverage", s => s.WorkOutSynchronously());
        Assert.Equal("report 1", await Synchronous());
        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        Assert.Equal("report 1", await Synchronous());
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => await Synchronous() == "report 2");
    }

    [Fact]
    public async Task After_a_change_a_reader_waits_no_longer_than_the_wait_for_the_new_report()
    {
        var (cache, builds, clock) = Create(waitSeconds: 0.1);
        await Get(cache);
        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        var read = Get(cache);
        // The reader's wait is timed by the portal's clock: move it on until the wait has run out and the reader has its answer.
        for (var tries = 0; !read.IsCompleted && tries < 200; tries++)
        {
            clock.Advance(TimeSpan.FromSeconds(0.1));
            await Task.Delay(10);
        }
        Assert.Equal("report 1", await read.WaitAsync(TimeSpan.FromSeconds(10)));
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => await Get(cache) == "report 2");
    }

    [Fact]
    public async Task A_change_while_a_report_is_worked_out_waits_for_that_build_then_gets_one_begun_after_the_change()
    {
        var (cache, builds, _) = Create();
        builds.Gate = new TaskCompletionSource();
        var first = Get(cache);
        await BuildsStartedAsync(builds, 1);
        cache.DataChanged();
        var second = Get(cache);
        await Task.Delay(50);
        Assert.Equal(1, builds.Count);
        builds.Gate.SetResult();
        Assert.Equal("report 1", await first);
        Assert.Equal("report 2", await second);
        Assert.Equal(2, builds.Count);
    }

    /// <summary>Builds start on the thread pool: wait for the count expected, then check no other has begun beside them.</summary>
    private static async Task BuildsStartedAsync(Builds builds, int expected)
    {
        await WaitUntilAsync(() => Task.FromResult(Volatile.Read(ref builds.Count) >= expected));
        await Task.Delay(50);
        Assert.Equal(expected, Volatile.Read(ref builds.Count));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 100 && !await done(); i++) await Task.Delay(20);
        Assert.True(await done());
    }

    [Fact]
    public async Task Many_asking_at_once_wait_for_one_build()
    {
        var (cache, builds, _) = Create();
        builds.Gate = new TaskCompletionSource();
        var asked = Enumerable.Range(0, 20).Select(_ => Task.Run(() => Get(cache))).ToList();
        await Task.Delay(100);
        builds.Gate.SetResult();
        var answers = await Task.WhenAll(asked);
        Assert.All(answers, a => Assert.Equal("report 1", a));
        Assert.Equal(1, builds.Count);
    }

    [Fact]
    public async Task Slow_reports_are_worked_out_one_at_a_time_so_two_never_take_the_cores_together()
    {
        var (cache, builds, _) = Create(waitSeconds: 0);   // every report counts as slow
        await Get(cache, "coverage");
        await Get(cache, "delivery");
        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        Assert.Equal("report 1", await Get(cache, "coverage"));
        Assert.Equal("report 2", await Get(cache, "delivery"));
        await BuildsStartedAsync(builds, 3);
        builds.Gate.SetResult();
        await WaitUntilAsync(async () => (await Get(cache, "coverage"), await Get(cache, "delivery")) is ("report 3", "report 4") or ("report 4", "report 3"));
    }

    [Fact]
    public async Task A_quick_report_is_not_held_behind_a_slow_one_being_worked_out()
    {
        var (cache, builds, _) = Create(waitSeconds: 0.2);
        var choiceBuilds = 0;
        Task<string> Choices() => cache.GetAsync<Source, string>("choices", _ => Task.FromResult($"choices {Interlocked.Increment(ref choiceBuilds)}"));
        await Choices();
        builds.Gate = new TaskCompletionSource();
        var first = Get(cache, "feedback");
        await Task.Delay(300);
        builds.Gate.SetResult();
        await first;   // took longer than the wait: a slow report from now on

        builds.Gate = new TaskCompletionSource();
        cache.DataChanged();
        Assert.Equal("report 1", await Get(cache, "feedback"));
        await BuildsStartedAsync(builds, 2);
        // Worked out afresh within the wait, not queued behind the feedback build and served as last worked out.
        Assert.Equal("choices 2", await Choices().WaitAsync(TimeSpan.FromSeconds(5)));
        builds.Gate.SetResult();
    }

    [Fact]
    public async Task A_report_worked_out_within_another_reports_build_does_not_wait_for_a_turn_of_its_own()
    {
        var (cache, _, _) = Create();
        var outer = cache.GetAsync<Source, string>("delivery", async _ => "delivery with " + await Get(cache, "feedback"));
        Assert.Equal("delivery with report 1", await outer.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_change_during_a_build_means_the_next_request_builds_again()
    {
        var (cache, builds, _) = Create();
        builds.Gate = new TaskCompletionSource();
        var first = Get(cache);
        await BuildsStartedAsync(builds, 1);
        cache.DataChanged();
        builds.Gate.SetResult();
        Assert.Equal("report 1", await first);
        Assert.Equal("report 2", await Get(cache));
    }

    [Fact]
    public async Task Different_keys_are_different_reports_and_zero_seconds_turns_sharing_off()
    {
        var (cache, _, _) = Create();
        Assert.Equal("report 1", await Get(cache, "a"));
        Assert.Equal("report 2", await Get(cache, "b"));
        var (off, offBuilds, _) = Create(seconds: 0);
        await Get(off);
        await Get(off);
        Assert.Equal(2, offBuilds.Count);
    }

    [Fact]
    public async Task A_failed_build_is_not_kept()
    {
        var (cache, _, _) = Create();
        var attempts = 0;
        Task<string> Flaky(Source _) => ++attempts == 1 ? throw new InvalidOperationException("database gone") : Task.FromResult("recovered");
        await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync<Source, string>("flaky", Flaky));
        Assert.Equal("recovered", await cache.GetAsync<Source, string>("flaky", Flaky));
    }

    [Theory]
    [InlineData("SELECT \"p\".\"Id\" FROM \"Practices\" AS \"p\" WHERE \"p\".\"UpdatedAt\" > @since", false)]
    [InlineData("PRAGMA journal_mode=WAL;", false)]
    [InlineData("INSERT INTO \"Bookings\" (\"State\") VALUES (@p0) RETURNING \"Id\";", true)]
    [InlineData("UPDATE \"CoverageTargets\" AS \"c\" SET \"Percent\" = @p WHERE \"c\".\"Id\" = 1", true)]
    [InlineData("DELETE FROM \"EventTrainers\" WHERE \"Id\" = @p0;", true)]
    [InlineData("UPDATE \"Notifications\" SET \"SentAt\" = @p0 WHERE \"Id\" = @p1;", false)]
    [InlineData("UPDATE \"AspNetUsers\" SET \"AccessFailedCount\" = @p0;\nINSERT INTO \"FeedbackResponses\" (\"BookingId\") VALUES (@p1);", true)]
    [InlineData("SAVEPOINT \"__EFSavePoint\";", true)]
    public void A_write_to_a_table_a_report_may_read_is_a_change(string sql, bool changes) =>
        Assert.Equal(changes, ReportCacheInvalidation.Changes(sql));

    [Theory]
    [InlineData(null, 1, 50)]
    [InlineData("3", 3, 20)]
    [InlineData("99", 3, 20)]
    [InlineData("-1", 1, 50)]
    [InlineData("two", 1, 50)]
    public void A_long_table_shows_the_page_asked_for_or_the_nearest(string? asked, int number, int rows)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/Delivery";
        context.Request.QueryString = asked is null ? new QueryString("?year=2026") : new QueryString($"?year=2026&rows={asked}");
        var page = TablePage<int>.Of(Enumerable.Range(1, 120).ToList(), context.Request, "rows", "delivery rows");
        Assert.Equal((number, 3, 120, rows), (page.Number, page.Count, page.Total, page.Rows.Count));
        Assert.Equal((number - 1) * 50 + 1, page.Rows[0]);
        Assert.Equal($"/Delivery?year=2026&rows={number + 1}", ((ITablePage)page).LinkTo(context.Request, number + 1));
    }
}
