using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Events;
using Microsoft.Extensions.DependencyInjection;

namespace TrainingHub.Tests.Messages;

/// <summary>Booking and event messages as they arrive at a real SMTP server, queued with the changes that cause them (reminders by their job).</summary>
public sealed class BookingMessagesTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));

    private MessagesPortal Portal() => new(clock, smtp, dataDirectory);

    private static async Task RunJobsTwiceAsync(MessagesPortal portal)
    {
        for (var i = 0; i < 2; i++)
        {
            await portal.QueueAsync();
            await portal.DispatchAsync();
        }
    }

    [Fact]
    public async Task Confirmed_waitlisted_and_cancelled_bookings_each_get_their_one_message_however_often_the_jobs_run()
    {
        using var portal = Portal();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(30));
        var amina = await portal.Data.PersonAsync();
        var ben = await portal.Data.PersonAsync();
        var cara = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        await portal.BookingAsync(e.Id, ben.Id, clock.GetUtcNow(), BookingState.Waitlisted);
        await portal.BookingAsync(e.Id, cara.Id, clock.GetUtcNow(), BookingState.Booked, BookingState.Cancelled);

        await RunJobsTwiceAsync(portal);

        var mail = Received.All(smtp);
        Assert.Equal(3, mail.Count);
        var confirmed = Assert.Single(mail, m => m.To == amina.WorkEmail);
        Assert.StartsWith("Your place is booked", confirmed.Subject);
        Assert.Contains("Thursday 1 October 2026, 10:00", confirmed.Text);
        Assert.StartsWith("You are on the waiting list", Assert.Single(mail, m => m.To == ben.WorkEmail).Subject);
        // Cara's confirmation was no longer true when it was sent: only the cancellation went.
        var cancelled = Assert.Single(mail, m => m.To == cara.WorkEmail);
        Assert.StartsWith("Your place is cancelled", cancelled.Subject);
        Assert.Equal("CANCEL", Received.ParseIcsWithBoth(Assert.Single(cancelled.Attachments).Content).GetProperty("method").GetString());
        Assert.All(mail, m => Assert.DoesNotContain("{{", m.Text));
    }

    [Fact]
    public async Task Booking_messages_link_to_the_booking_itself_where_the_place_can_be_cancelled_or_accepted()
    {
        using var portal = Portal();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(30));
        var amina = await portal.Data.PersonAsync();
        var ben = await portal.Data.PersonAsync();
        var booked = await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        var waiting = await portal.BookingAsync(e.Id, ben.Id, clock.GetUtcNow(), BookingState.Waitlisted);

        await RunJobsTwiceAsync(portal);

        var mail = Received.All(smtp);
        Assert.Contains($"https://traininghub.test/Bookings/Details/{booked}", Assert.Single(mail, m => m.To == amina.WorkEmail).Text);
        Assert.Contains($"https://traininghub.test/Bookings/Details/{waiting}", Assert.Single(mail, m => m.To == ben.WorkEmail).Text);
    }

    [Fact]
    public async Task A_confirmation_carries_an_invitation_from_the_programme_mailbox_with_a_stable_uid_and_an_alarm()
    {
        using var portal = Portal();
        var start = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var e = await portal.EventAsync(start);
        var amina = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        await RunJobsTwiceAsync(portal);

        var message = Assert.Single(Received.All(smtp));
        Assert.Equal("multipart/mixed(multipart/alternative(text/plain,text/html,text/calendar),application/ics)", message.Structure);
        Assert.All(message.Parts, p => Assert.Equal("utf-8", p.Charset));
        var invite = message.Calendar!;
        Assert.Equal("REQUEST", invite.Method);
        var file = Assert.Single(message.Attachments);
        Assert.Equal(("invite.ics", invite.Content.ReplaceLineEndings()), (file.Name, file.Content.ReplaceLineEndings()));
        var parsed = Received.ParseIcsWithBoth(invite.Content);
        Assert.Equal(invite.Method, parsed.GetProperty("method").GetString());
        Assert.Equal("TrainingHub <traininghub@example.nhs.uk>", message.From);
        Assert.Null(message.ListUnsubscribe);
        var entry = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal($"traininghub-event-{e.Id}-session-{e.Sessions[0].Id}", entry.GetProperty("uid").GetString());
        Assert.Equal(start.UtcDateTime, entry.GetProperty("start").GetDateTime().ToUniversalTime());
        Assert.Equal("mailto:pcsp@programme.test", entry.GetProperty("organizer").GetString());
        Assert.Equal("mailto:" + amina.WorkEmail, Assert.Single(entry.GetProperty("attendees").EnumerateArray()).GetString());
        Assert.Equal("-PT60M", Assert.Single(entry.GetProperty("alarms").EnumerateArray()).GetString());
    }

    [Fact]
    public async Task A_moved_event_tells_live_bookings_once_with_a_newer_sequence_and_a_cancelled_one_sends_cancel()
    {
        using var portal = Portal();
        var lead = await portal.Data.PersonAsync();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(30));
        var amina = await portal.Data.PersonAsync();
        var ben = await portal.Data.PersonAsync();
        await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow().AddDays(-2), BookingState.Booked);
        await portal.BookingAsync(e.Id, ben.Id, clock.GetUtcNow().AddDays(-2), BookingState.Booked, BookingState.Cancelled);
        await RunJobsTwiceAsync(portal);
        var before = smtp.Messages().Count;

        var newStart = clock.GetUtcNow().AddDays(31);
        await portal.WithDbAsync(async db =>
        {
            await db.EventSessions.Where(s => s.ProgrammeEventId == e.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartsAt, newStart).SetProperty(x => x.EndsAt, newStart.AddHours(6)));
            await db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.StartsAt, newStart).SetProperty(x => x.Sequence, 1).SetProperty(x => x.UpdatedAt, clock.GetUtcNow()));
            db.EventChanges.Add(new EventChange
            {
                ProgrammeEventId = e.Id, ChangedById = lead.Id, ChangedAt = clock.GetUtcNow(),
                Summary = "Capacity changed from '20' to '24'\nSessions changed from 'one day' to 'the next day'"
            });
            await db.SaveChangesAsync();
        });
        await RunJobsTwiceAsync(portal);
        var changed = Assert.Single(Received.All(smtp), m => m.Subject.StartsWith("Changed:"));
        Assert.Equal(amina.WorkEmail, changed.To);
        Assert.Contains(BookingMessageText(newStart), changed.Text);
        var update = Assert.Single(Received.ParseIcsWithBoth(Assert.Single(changed.Attachments).Content).GetProperty("events").EnumerateArray());
        Assert.Equal(1, update.GetProperty("sequence").GetInt32());

        clock.SetUtcNow(clock.GetUtcNow().AddHours(1));
        await portal.WithScopeAsync(async services =>
            Assert.Null(await services.GetRequiredService<EventActions>().CancelAsync(e.Id, 1, "Trainer unwell", lead.Id)));
        await RunJobsTwiceAsync(portal);

        var mail = Received.All(smtp);
        Assert.Equal(before + 2, mail.Count);
        var cancelled = Assert.Single(mail, m => m.Subject.StartsWith("Cancelled:"));
        Assert.Equal(amina.WorkEmail, cancelled.To);
        Assert.Contains("Trainer unwell", cancelled.Text);
        Assert.Equal("multipart/mixed(multipart/alternative(text/plain,text/html,text/calendar),application/ics)", cancelled.Structure);
        Assert.Equal("CANCEL", cancelled.Calendar!.Method);
        var ics = Received.ParseIcsWithBoth(cancelled.Calendar.Content);
        Assert.Equal("CANCEL", ics.GetProperty("method").GetString());
        var entry = Assert.Single(ics.GetProperty("events").EnumerateArray());
        Assert.Equal("CANCELLED", entry.GetProperty("status").GetString());
        // Newer than the change's REQUEST, so calendars take it.
        Assert.True(entry.GetProperty("sequence").GetInt32() > 1);
    }

    [Fact]
    public async Task Booking_again_after_cancelling_sends_a_request_newer_than_the_cancel_for_the_same_entry()
    {
        using var portal = Portal();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(30));
        var amina = await portal.Data.PersonAsync();
        var first = await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        await RunJobsTwiceAsync(portal);
        clock.SetUtcNow(clock.GetUtcNow().AddHours(1));
        await portal.WithDbAsync(async db =>
        {
            var booking = await db.Bookings.Include(b => b.Transitions).SingleAsync(b => b.Id == first);
            Assert.Null(booking.MoveTo(BookingState.Cancelled, amina.Id, null, clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await RunJobsTwiceAsync(portal);
        clock.SetUtcNow(clock.GetUtcNow().AddHours(1));
        await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow(), BookingState.Booked);
        await RunJobsTwiceAsync(portal);

        var invitations = Received.All(smtp).Select(m => Received.ParseIcsWithBoth(m.Calendar!.Content))
            .Select(c => (Method: c.GetProperty("method").GetString(), Entry: Assert.Single(c.GetProperty("events").EnumerateArray())))
            .OrderBy(i => i.Entry.GetProperty("sequence").GetInt32()).ToList();
        Assert.Equal(["REQUEST", "CANCEL", "REQUEST"], invitations.Select(i => i.Method));
        Assert.Single(invitations.Select(i => i.Entry.GetProperty("uid").GetString()).Distinct());
        Assert.Equal(3, invitations.Select(i => i.Entry.GetProperty("sequence").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task Feedback_is_asked_for_once_after_completion_and_chased_once_a_week_later()
    {
        using var portal = Portal();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(-1));
        var amina = await portal.Data.PersonAsync();
        var booking = await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow().AddDays(-20), BookingState.Booked);
        await CompleteAsync(portal, booking, clock.GetUtcNow().AddHours(-2));

        await RunJobsTwiceAsync(portal);
        var request = Assert.Single(Received.All(smtp));
        Assert.StartsWith("How was", request.Subject);
        Assert.Contains($"https://traininghub.test/Feedback/{booking}", request.Text);

        clock.SetUtcNow(clock.GetUtcNow().AddDays(8));
        await RunJobsTwiceAsync(portal);
        clock.SetUtcNow(clock.GetUtcNow().AddDays(8));
        await RunJobsTwiceAsync(portal);
        var mail = Received.All(smtp);
        Assert.Equal(2, mail.Count);
        Assert.Single(mail, m => m.Subject.StartsWith("A reminder: your feedback"));
    }

    [Fact]
    public async Task Someone_who_has_given_feedback_is_not_chased()
    {
        using var portal = Portal();
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(-1));
        var amina = await portal.Data.PersonAsync();
        var booking = await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow().AddDays(-20), BookingState.Booked);
        await CompleteAsync(portal, booking, clock.GetUtcNow().AddHours(-2));
        await RunJobsTwiceAsync(portal);
        await portal.WithDbAsync(async db =>
        {
            db.FeedbackResponses.Add(new TrainingHub.Web.Data.Entities.Feedback.FeedbackResponse
            {
                BookingId = booking, ProgrammeEventId = e.Id, OverallRating = 5, SubmittedAt = clock.GetUtcNow(), UpdatedAt = clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });

        clock.SetUtcNow(clock.GetUtcNow().AddDays(8));
        await RunJobsTwiceAsync(portal);

        var request = Assert.Single(Received.All(smtp));
        Assert.StartsWith("How was", request.Subject);
    }

    [Fact]
    public async Task Two_hosts_queueing_and_dispatching_at_once_send_each_confirmation_exactly_once()
    {
        using var first = Portal();
        using var second = Portal();
        var e = await first.EventAsync(clock.GetUtcNow().AddDays(30));
        var people = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var person = await first.Data.PersonAsync();
            people.Add(person.WorkEmail);
            await first.BookingAsync(e.Id, person.Id, clock.GetUtcNow(), BookingState.Booked);
        }

        await Task.WhenAll(first.QueueAsync(), second.QueueAsync(), first.QueueAsync());
        await Task.WhenAll(first.DispatchAsync(), second.DispatchAsync(), first.DispatchAsync(), second.DispatchAsync());

        var mail = Received.All(smtp);
        Assert.Equal(people.Order(), mail.Select(m => m.To).Order());
    }

    [Fact]
    public async Task A_host_stopped_mid_batch_and_restarted_sends_nobody_a_second_copy()
    {
        var people = new List<string>();
        using (var first = Portal())
        {
            var e = await first.EventAsync(clock.GetUtcNow().AddDays(30));
            for (var i = 0; i < 40; i++)
            {
                var person = await first.Data.PersonAsync();
                people.Add(person.WorkEmail);
                await first.BookingAsync(e.Id, person.Id, clock.GetUtcNow(), BookingState.Booked);
            }
            using var stop = new CancellationTokenSource();
            var dispatching = first.DispatchAsync(stop.Token);
            while (smtp.Messages().Count < 3 && !dispatching.IsCompleted) await Task.Delay(5);
            stop.Cancel();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dispatching);
        }
        Assert.InRange(smtp.Messages().Count, 3, 39);

        clock.SetUtcNow(clock.GetUtcNow().AddMinutes(15));
        using var restarted = Portal();
        await RunJobsTwiceAsync(restarted);

        // The stopped host finished the message in hand: everyone has their confirmation once, none in doubt.
        Assert.Equal(people.Order(), Received.All(smtp).Select(m => m.To).Order());
        Assert.False(await restarted.WithDbAsync(db => db.Notifications.AnyAsync(n => n.Status == NotificationStatus.DeliveryUnknown)));
    }

    /// <summary>As the register does when the last session is marked: the move to attended and its moment, saved together.</summary>
    private static Task CompleteAsync(MessagesPortal portal, int bookingId, DateTimeOffset at) => portal.WithDbAsync(async db =>
    {
        var booking = await db.Bookings.SingleAsync(b => b.Id == bookingId);
        Assert.Null(booking.MoveTo(BookingState.Attended, null, "Present at every session", at, completedAt: at));
        await db.SaveChangesAsync();
    });

    private static string BookingMessageText(DateTimeOffset instant) =>
        TrainingHub.Web.Messages.BookingMessageValues.LocalText(instant);

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
