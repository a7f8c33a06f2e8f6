using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Messages;

/// <summary>Reminders a week and a day before the first session, in UK time, re-checked as they are sent.</summary>
public sealed class RemindersTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UnixEpoch);

    private MessagesPortal Portal() => new(clock, smtp, dataDirectory);

    private async Task AtAsync(MessagesPortal portal, DateTimeOffset now)
    {
        clock.SetUtcNow(now);
        await portal.QueueAsync();
        await portal.DispatchAsync();
        await portal.QueueAsync();
        await portal.DispatchAsync();
    }

    private IReadOnlyList<ReceivedMail> Reminders() =>
        Received.All(smtp).Where(m => m.Subject.StartsWith("In one week") || m.Subject.StartsWith("Tomorrow")).ToList();

    [Theory]
    // The clocks go back on 25 October 2026: a 09:30 GMT session's week reminder is due at 09:30 GMT.
    [InlineData("2026-11-01T09:30:00Z", "2026-10-25T09:29:00Z", "2026-10-25T09:30:00Z", "Sunday 1 November 2026, 09:30")]
    // The clocks go forward on 28 March 2027: a 09:30 BST session is 08:30 UTC, its week reminder due 09:30 GMT.
    [InlineData("2027-03-30T08:30:00Z", "2027-03-23T09:29:00Z", "2027-03-23T09:30:00Z", "Tuesday 30 March 2027, 09:30")]
    public async Task The_week_reminder_comes_at_the_same_UK_time_a_week_ahead_and_says_the_UK_time_across_a_clock_change(
        string startsAt, string justBefore, string due, string saysLocal)
    {
        var start = DateTimeOffset.Parse(startsAt);
        clock.SetUtcNow(start.AddDays(-30));
        using var portal = Portal();
        var e = await portal.EventAsync(start);
        var amina = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        await AtAsync(portal, start.AddDays(-30));

        await AtAsync(portal, DateTimeOffset.Parse(justBefore));
        Assert.Empty(Reminders());
        await AtAsync(portal, DateTimeOffset.Parse(due));
        var reminder = Assert.Single(Reminders());
        Assert.StartsWith("In one week", reminder.Subject);
        Assert.Contains(saysLocal + " (UK time)", reminder.Text);

        await AtAsync(portal, start.AddDays(-1).AddMinutes(1));
        await AtAsync(portal, start.AddHours(2));
        Assert.Equal(2, Reminders().Count);
        Assert.Single(Reminders(), m => m.Subject.StartsWith("Tomorrow") && m.Text.Contains(saysLocal));
    }

    [Fact]
    public async Task Reminders_go_only_to_places_booked_in_time_never_to_cancelled_or_waiting_and_follow_a_moved_event()
    {
        var start = new DateTimeOffset(2026, 6, 10, 8, 30, 0, TimeSpan.Zero);
        clock.SetUtcNow(start.AddDays(-20));
        using var portal = Portal();
        var e = await portal.EventAsync(start);
        var booked = await portal.Data.PersonAsync();
        var cancelsLater = await portal.Data.PersonAsync();
        var waiting = await portal.Data.PersonAsync();
        var late = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, booked.Id, clock.GetUtcNow(), BookingState.Booked);
        var cancelling = await portal.BookingAsync(e.Id, cancelsLater.Id, clock.GetUtcNow(), BookingState.Booked);
        await portal.BookingAsync(e.Id, waiting.Id, clock.GetUtcNow(), BookingState.Waitlisted);
        await AtAsync(portal, start.AddDays(-7.5));
        // Cancelled after the reminder was queued, before it was due.
        await portal.WithDbAsync(async db =>
        {
            var b = await db.Bookings.SingleAsync(x => x.Id == cancelling);
            b.MoveTo(BookingState.Cancelled, cancelsLater.Id, null, clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        // Booked after the week reminder was due: only the day reminder is theirs.
        await portal.BookingAsync(e.Id, late.Id, start.AddDays(-3), BookingState.Booked);
        // The event moves two hours later before the week reminder is due.
        var moved = start.AddHours(2);
        await portal.WithDbAsync(async db =>
        {
            await db.EventSessions.Where(s => s.ProgrammeEventId == e.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartsAt, moved).SetProperty(x => x.EndsAt, moved.AddHours(6)));
            await db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, moved));
        });

        await AtAsync(portal, start.AddDays(-7).AddMinutes(1));
        Assert.Empty(Reminders());
        await AtAsync(portal, moved.AddDays(-7).AddMinutes(1));
        await AtAsync(portal, moved.AddDays(-1).AddMinutes(1));
        await AtAsync(portal, moved.AddHours(1));

        var reminders = Reminders();
        Assert.Equal(3, reminders.Count);
        Assert.Equal(2, reminders.Count(m => m.To == booked.WorkEmail));
        Assert.StartsWith("Tomorrow", Assert.Single(reminders, m => m.To == late.WorkEmail).Subject);
        Assert.All(reminders, m => Assert.Contains("Wednesday 10 June 2026, 11:30", m.Text));
    }

    [Fact]
    public async Task No_reminder_is_sent_for_a_session_already_past_when_the_dispatcher_gets_to_it()
    {
        var start = new DateTimeOffset(2026, 6, 10, 8, 30, 0, TimeSpan.Zero);
        clock.SetUtcNow(start.AddDays(-3));
        using var portal = Portal();
        var e = await portal.EventAsync(start);
        var amina = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, amina.Id, start.AddDays(-30), BookingState.Booked);
        await portal.QueueAsync();

        clock.SetUtcNow(start.AddHours(1));
        await portal.DispatchAsync();

        Assert.Empty(Reminders());
        Assert.Contains(TrainingHub.Web.Data.Entities.Notifications.NotificationStatus.Dropped,
            await portal.WithDbAsync(db => db.Notifications.Where(n => n.Kind == "reminder-1-day").Select(n => n.Status).ToListAsync()));
    }

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
