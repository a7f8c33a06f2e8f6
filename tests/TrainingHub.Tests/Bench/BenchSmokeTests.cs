using TrainingHub.Bench;

namespace TrainingHub.Tests.Bench;

/// <summary>
/// Keeps the benchmark working: a tiny dataset from the real generator, the real portal process on Kestrel, every
/// page of this build measured for half a second, and the bursts at a small size. No timing is asserted, only that
/// every page answered properly and the bursts ended correct.
/// </summary>
public class BenchSmokeTests
{
    [Fact]
    public async Task A_tiny_run_measures_every_page_in_this_build_and_its_small_bursts_book_the_seats_and_send_each_reminder_once()
    {
        var work = Path.Combine(Path.GetTempPath(), "traininghub-tests", "bench-" + Guid.NewGuid().ToString("N"));
        var sizes = BenchOptions.SmallBursts;
        var options = new BenchOptions
        {
            Scales = ["12"], Concurrency = [1, 4], Duration = TimeSpan.FromSeconds(0.5), WorkFolder = work,
            Bursts = BurstScenarios.All, BurstSizes = sizes,
        };

        var report = await new BenchRun(options, TextWriter.Null).RunAsync();

        var scale = Assert.Single(report.Scales);
        var expected = BenchTargets.All.Select(t => t.Name).Except(scale.Pending).Order().ToList();
        Assert.Equal(BenchTargets.All.Select(t => t.Name).Order(), expected);
        Assert.Equal(expected, scale.Measurements.Select(m => m.Target).Distinct().Order());
        Assert.All(scale.Measurements, m =>
        {
            Assert.True(m.Requests > 0, $"{m.Target} at {m.Concurrency}: no requests");
            Assert.Equal(0, m.ServerErrors);
            Assert.Equal(0, m.OtherFailures);
            Assert.NotNull(m.CommandsPerRequest);
        });
        Assert.NotNull(scale.PeakWorkingSetBytes);
        var markdown = PerformanceReport.Write(report);
        Assert.All(expected, page => Assert.Contains(page, markdown));
        Assert.All(report.Bursts, burst => Assert.Contains(burst.Outcome, markdown));

        var booking = report.Bursts.Single(b => b.Name == BurstScenarios.Booking).Counts;
        Assert.Equal(sizes.Seats, booking[BurstResult.Booked]);
        Assert.Equal(sizes.BookingAttempts - sizes.Seats, booking[BurstResult.Waitlisted]);
        Assert.Equal(0, booking[BurstResult.Other]);
        Assert.Equal(0, booking[BurstResult.ServerErrors]);
        var reminders = report.Bursts.Single(b => b.Name == BurstScenarios.Reminders).Counts;
        Assert.Equal(sizes.Reminders, reminders[BurstResult.RemindersReceived]);
        Assert.Equal(0, reminders[BurstResult.Duplicates]);
        Assert.Equal(0, reminders[BurstResult.WithoutMessageId]);
        Assert.Equal(sizes.Reminders, reminders[BurstResult.PlainReceived]);
        Assert.Equal(ReminderBurst.LikeForLikePasses * sizes.Reminders, reminders[BurstResult.LikeForLikeReceived]);
    }
}
