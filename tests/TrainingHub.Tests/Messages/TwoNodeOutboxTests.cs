using System.Diagnostics;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Jobs;
using TrainingHub.Web.Messages;

namespace TrainingHub.Tests.Messages;

/// <summary>
/// Two portal processes (the built app started with dotnet, jobs on) against one PostgreSQL database and one
/// real SMTP server: 2,000 reminders that fall due and 500 booking confirmations each arrive exactly once, with the
/// node that is sending stopped mid-batch and started again. The test triggers the recurring jobs through the
/// shared Hangfire storage, as a lead's "Trigger now" does, rather than waiting for the minute.
/// </summary>
public sealed partial class TwoNodeOutboxTests : IAsyncLifetime
{
    private const int Reminders = 2000;
    private const int Confirmations = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private readonly SmtpSink smtp = new();
    private readonly List<Process> nodes = [];
    private PostgresDatabase database = null!;

    public async Task InitializeAsync() => database = await PostgresDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        foreach (var node in nodes.Where(n => !n.HasExited)) node.Kill(entireProcessTree: true);
        foreach (var node in nodes) node.Dispose();
        smtp.Dispose();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Two_nodes_send_every_reminder_and_confirmation_exactly_once_with_one_stopped_mid_batch_and_restarted()
    {
        await SeedAsync();
        var storage = JobStorageChoice.Create(new DatabaseConnection(DatabaseProvider.PostgreSql, database.ConnectionString));
        Start();
        await UntilAsync(() => Servers(storage) >= 1, "the first node's job server");
        Start();
        await UntilAsync(() => Servers(storage) >= 2, "both job servers");
        var jobs = new RecurringJobManager(storage);
        jobs.TriggerJob(BookingRemindersJob.Id);
        await UntilAsync(async () => await QueuedAsync() == Reminders + Confirmations, "the reminders queued");

        // Each run sends up to 500: keep a run asked for until every row is settled.
        var sending = KeepDispatchingAsync(jobs, storage);
        await UntilAsync(() => Delivered().Count >= 600 && Dispatching(storage).Count > 0, "the first 600 messages, with a run in hand");
        var busy = SendingNode(storage);
        await StopAsync(busy);
        Start();
        await UntilAsync(async () => await UnsettledAsync() == 0, "every message settled");
        await sending.WaitAsync(Patience);

        var delivered = Delivered();
        var rows = await WithDbAsync(db => db.Notifications.AsNoTracking().Select(n => new { n.Id, n.Status }).ToListAsync());
        Assert.Equal(Reminders + Confirmations, rows.Count);
        Assert.All(rows, r => Assert.Equal(NotificationStatus.Sent, r.Status));
        // One file per message: every row's Message-ID arrived once, and nothing else arrived.
        Assert.Equal(rows.Select(r => r.Id).Order(), delivered.Order());
    }

    private async Task SeedAsync()
    {
        using var portal = new PortalFactory().With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", database.ConnectionString).With("Jobs:Enabled", "false");
        // The real clock: the nodes are separate processes on it, and the reminders must fall due by theirs.
        var now = DateTimeOffset.UtcNow;
        // Tomorrow at this time less an hour: the one-day reminder is due now; the week's was due too long ago to be true.
        await BookEventsAsync(portal, now.AddDays(1).AddHours(-1), Reminders, bookedAt: now.AddDays(-10), quiet: true);
        await BookEventsAsync(portal, now.AddDays(30), Confirmations, bookedAt: now, quiet: false);
    }

    /// <summary>Events of 100 places, each person booked: a confirmation written with each booking unless the save is quiet.</summary>
    private static async Task BookEventsAsync(PortalFactory portal, DateTimeOffset startsAt, int places, DateTimeOffset bookedAt, bool quiet)
    {
        for (var first = 0; first < places; first += 100)
        {
            await portal.WithDbAsync(async db =>
            {
                using var _ = quiet ? MessagesWithChanges.Quiet(db) : null;
                var e = new ProgrammeEvent
                {
                    EventTypeId = 2, Title = $"YOC training course {startsAt:MMdd}-{first}", VenueName = "Town Hall", Capacity = 100,
                    Status = EventStatus.Published, CreatedAt = bookedAt, UpdatedAt = bookedAt,
                    Sessions = [new EventSession { StartsAt = startsAt, EndsAt = startsAt.AddHours(6) }],
                };
                e.RecalculateDates();
                db.ProgrammeEvents.Add(e);
                for (var i = first; i < first + 100; i++)
                {
                    var person = new Person
                    {
                        GivenName = "Node", FamilyName = $"Test {i}", WorkEmail = $"node.{startsAt:MMdd}.{i}@test.nhs.example",
                        ProfessionalRole = ProfessionalRole.PracticeNurse, CreatedAt = bookedAt,
                    };
                    var booking = Booking.Request(e, person, bookedAt);
                    Assert.Null(booking.MoveTo(BookingState.Booked, null, null, bookedAt));
                    db.Bookings.Add(booking);
                }
                await db.SaveChangesAsync();
            });
        }
    }

    private void Start()
    {
        var web = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(web)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0", "--Database:Provider", "PostgreSql", "--Database:ConnectionString", database.ConnectionString,
            "--Database:MigrateOnStartup", "false", "--Database:SeedDemoData", "false", "--Jobs:Enabled", "true",
            "--Authentication:LocalAccounts", "true", "--TrainingHub:DataDirectory", Path.Combine(smtp.Folder + "-nodes", nodes.Count.ToString()),
            "--Mail:Smtp:Host", "127.0.0.1", "--Mail:Smtp:Port", smtp.Port.ToString(), "--Mail:Smtp:Security", "None",
            "--Messages:PortalUrl", "https://traininghub.test",
        ];
        foreach (var a in (string[])[web, .. settings]) start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var node = Process.Start(start)!;
        // Read what the node writes so a full pipe never stops it.
        node.OutputDataReceived += (_, _) => { };
        node.ErrorDataReceived += (_, _) => { };
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        nodes.Add(node);
    }

    /// <summary>Asks the node to stop as a service manager does (SIGTERM), and waits until it has.</summary>
    private static async Task StopAsync(Process node)
    {
        using (var kill = Process.Start("kill", ["-TERM", node.Id.ToString()])) await kill.WaitForExitAsync();
        await node.WaitForExitAsync().WaitAsync(Patience);
    }

    /// <summary>The node whose job server is running the outbox job now (its server name carries its process id).</summary>
    private Process SendingNode(JobStorage storage)
    {
        var pid = Dispatching(storage).Select(s => ProcessIdIn().Match(s)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value)).First();
        return nodes.Single(n => !n.HasExited && n.Id == pid);
    }

    private static List<string> Dispatching(JobStorage storage) => storage.GetMonitoringApi().ProcessingJobs(0, 10)
        .Where(j => j.Value.Job?.Type == typeof(OutboxDispatchJob)).Select(j => j.Value.ServerId).ToList();

    [GeneratedRegex(@"-(\d+):")]
    private static partial Regex ProcessIdIn();

    private async Task KeepDispatchingAsync(RecurringJobManager jobs, JobStorage storage)
    {
        // The real clock: a bound on how long the test waits for real processes, not a time the portal reads.
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline && await UnsettledAsync() > 0)
        {
            var monitor = storage.GetMonitoringApi();
            if (monitor.EnqueuedCount("default") == 0 && monitor.ProcessingCount() == 0) jobs.TriggerJob(OutboxDispatchJob.Id);
            await Task.Delay(200);
        }
    }

    private Task<int> QueuedAsync() => WithDbAsync(db => db.Notifications.CountAsync());

    private Task<int> UnsettledAsync() => WithDbAsync(db => db.Notifications.CountAsync(n => n.Status != NotificationStatus.Sent));

    private async Task<T> WithDbAsync<T>(Func<TrainingHubDbContext, Task<T>> work)
    {
        await using var db = DataServiceCollectionExtensions.CreateContext(new DatabaseConnection(DatabaseProvider.PostgreSql, database.ConnectionString));
        return await work(db);
    }

    private static long Servers(JobStorage storage) => storage.GetMonitoringApi().Servers().Count;

    /// <summary>The outbox row of every message that reached the SMTP server, by its Message-ID (notification-{id}@…).</summary>
    private List<long> Delivered() => smtp.Files()
        .Select(f => MessageIdIn().Match(File.ReadAllText(f))).Where(m => m.Success).Select(m => long.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex(@"^Message-Id: <notification-(\d+)@", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex MessageIdIn();

    private async Task UntilAsync(Func<Task<bool>> done, string what)
    {
        // The real clock: a bound on how long the test waits for real processes, not a time the portal reads.
        var deadline = DateTime.UtcNow + Patience;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {Patience.TotalMinutes} minutes for {what}.");
            if (nodes.Count > 0 && nodes[^1].HasExited) throw new InvalidOperationException($"A node stopped on its own (exit {nodes[^1].ExitCode}) while waiting for {what}.");
            await Task.Delay(100);
        }
    }

    private Task UntilAsync(Func<bool> done, string what) => UntilAsync(() => Task.FromResult(done()), what);
}
