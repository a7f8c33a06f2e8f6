using Microsoft.Extensions.Time.Testing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Tests.Pages.Facilitation;
using TrainingHub.Tests.Messages;
using TrainingHub.Tests.Pages.Trainers;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Bookings;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Register;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Pages.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Jobs;

/// <summary>Each recurring job, registered at start-up in UK time and run through the host's real Hangfire server.</summary>
public sealed class RecurringJobsTests : IDisposable
{
    private readonly SmtpSink smtp = new();
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "traininghub-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Every_recurring_job_is_registered_once_in_UK_time_with_its_schedule()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id, j => (j.Cron, j.TimeZoneId));

        Assert.Equal(new Dictionary<string, (string, string)>
        {
            [OutboxDispatchJob.Id] = ("* * * * *", "Europe/London"),
            [BookingRemindersJob.Id] = ("* * * * *", "Europe/London"),
            [OfferExpiryJob.Id] = ("* * * * *", "Europe/London"),
            [CompletionJob.Id] = ("* * * * *", "Europe/London"),
            [FacilitationRemindersJob.Id] = ("0 7 * * *", "Europe/London"),
            [TrainerReminderJob.Id] = ("0 7 * * *", "Europe/London"),
            [CoverageSnapshotJob.Id] = ("15 0 * * *", "Europe/London"),
            [WeeklyDigestJob.Id] = ("0 7 * * 1", "Europe/London"),
            [TrainingHub.Web.Pages.Retention.RetentionJob.Id] = ("30 2 * * *", "Europe/London"),
        }, jobs);
    }

    [Fact]
    public void A_node_with_jobs_off_registers_no_recurring_job_and_runs_no_server()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
        var storage = factory.Services.GetRequiredService<JobStorage>();
        using var connection = storage.GetConnection();

        Assert.Empty(connection.GetRecurringJobs());
        Assert.Empty(storage.GetMonitoringApi().Servers());
    }

    [Fact]
    public async Task The_booking_reminders_job_queues_a_due_reminder_and_the_outbox_job_sends_it()
    {
        var clock = new FakeTimeProvider(TestClock.Start);
        using var portal = new MessagesPortal(clock, smtp, dataDirectory, jobs: true);
        var e = await portal.EventAsync(clock.GetUtcNow().AddDays(1).AddHours(-1));
        var amina = await portal.Data.PersonAsync();
        var booking = await portal.BookingAsync(e.Id, amina.Id, clock.GetUtcNow().AddDays(-10), BookingState.Booked);
        // The confirmation was written with the booking; only the reminder is the job's.
        await portal.WithDbAsync(db => db.Notifications.Where(n => n.Kind == MessageKinds.BookingConfirmed).ExecuteDeleteAsync());

        await portal.RunRecurringJobAsync(BookingRemindersJob.Id);
        var queued = await portal.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((ReminderLead.Day.Kind, amina.Id, BookingReminders.SubjectOf(booking)), (queued.Kind, queued.RecipientPersonId, queued.Subject));

        await portal.RunRecurringJobAsync(OutboxDispatchJob.Id);
        Assert.Equal(NotificationStatus.Sent, await portal.WithDbAsync(db => db.Notifications.Select(n => n.Status).SingleAsync()));
        var mail = Assert.Single(Received.All(smtp));
        Assert.Equal(amina.WorkEmail, mail.To);
        Assert.StartsWith("Tomorrow", mail.Subject);
    }

    [Fact]
    public async Task The_offers_job_passes_a_lapsed_offer_to_the_next_in_line()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        var practice = await factory.PracticeAsync();
        var people = await factory.StaffAsync(practice.Id, 3);
        var e = await factory.BookableEventAsync(capacity: 1);
        var ids = new List<int>();
        foreach (var p in people) ids.Add(BookingsTestData.BookingIdFrom(await factory.CreateClientFor(p.Id).BookAsync(e.Id))!.Value);
        await factory.CreateClientFor(people[0].Id).PostFormAsync($"/Bookings/Cancel/{ids[0]}", new { });
        await factory.WithDbAsync(db => db.Bookings.Where(x => x.Id == ids[1])
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.OfferExpiresAt, factory.Now().AddMinutes(-1))));

        await factory.RunRecurringJobAsync(OfferExpiryJob.Id);

        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(BookingState.Cancelled, bookings.Single(x => x.Id == ids[1]).State);
        Assert.Equal(BookingState.Offered, bookings.Single(x => x.Id == ids[2]).State);
    }

    [Fact]
    public async Task The_completion_job_completes_someone_present_at_every_session_once_the_last_has_ended()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 17, 0, 0, TimeSpan.Zero));
        using var portal = new MessagesPortal(clock, smtp, dataDirectory, jobs: true);
        var e = await portal.EventAsync(clock.GetUtcNow().AddHours(-8));
        var (there, absent) = (await portal.Data.PersonAsync(), await portal.Data.PersonAsync());
        var present = await portal.BookingAsync(e.Id, there.Id, clock.GetUtcNow().AddDays(-20), BookingState.Booked);
        var missed = await portal.BookingAsync(e.Id, absent.Id, clock.GetUtcNow().AddDays(-20), BookingState.Booked);
        await portal.WithDbAsync(db =>
        {
            db.SessionAttendance.AddRange(
                new SessionAttendance { BookingId = present, EventSessionId = e.Sessions[0].Id, Present = true, MarkedAt = clock.GetUtcNow().AddHours(-7) },
                new SessionAttendance { BookingId = missed, EventSessionId = e.Sessions[0].Id, Present = false, MarkedAt = clock.GetUtcNow().AddHours(-7) });
            return db.SaveChangesAsync();
        });

        // The server's own minutely run may settle them first (then this run finds none): the states are what count.
        Assert.Matches("^[02] settled$", await portal.RunRecurringJobAsync(CompletionJob.Id));

        var states = await portal.WithDbAsync(db => db.Bookings.AsNoTracking().OrderBy(b => b.Id)
            .Select(b => new { b.State, b.CompletedAt }).ToListAsync());
        Assert.Equal([new { State = BookingState.Attended, CompletedAt = (DateTimeOffset?)e.Sessions[0].EndsAt },
            new { State = BookingState.NoShow, CompletedAt = (DateTimeOffset?)null }], states);
    }

    [Fact]
    public async Task The_facilitation_job_queues_an_agreed_action_due_once_however_often_it_runs()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
        using var portal = new MessagesPortal(clock, smtp, dataDirectory, jobs: true);
        var (practice, facilitator, _) = await portal.FacilitatedPracticeAsync();
        var visit = await portal.VisitAsync(facilitator.Id, practice.Id);
        await portal.ActionAsync(visit, "Share the care planning template", new DateOnly(2026, 3, 10));

        // Two runs (and any the server makes of its own) queue the reminder once: the count of rows is what counts.
        var runs = new[] { await portal.RunRecurringJobAsync(FacilitationRemindersJob.Id), await portal.RunRecurringJobAsync(FacilitationRemindersJob.Id) };
        Assert.Equal("0 queued", runs[1]);

        var queued = await portal.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((MessageKinds.FacilitatorActionDue, facilitator.Id), (queued.Kind, queued.RecipientPersonId));
    }

    [Fact]
    public async Task The_trainer_job_queues_an_accreditation_reminder_to_the_trainer_and_the_lead()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.AccreditAsync(trainer.Id, factory.Today().AddDays(30));

        await factory.RunRecurringJobAsync(TrainerReminderJob.Id);

        var queued = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().Select(n => new { n.Kind, n.RecipientPersonId }).ToListAsync());
        Assert.Equal(2, queued.Count);
        Assert.Contains(queued, n => n.Kind == TrainerReminders.ExpiringToTrainer && n.RecipientPersonId == trainer.Id);
        Assert.Contains(queued, n => n.Kind == TrainerReminders.ExpiringToLead && n.RecipientPersonId == lead.Id);
    }

    [Fact]
    public async Task The_coverage_job_records_yesterday_once_per_place_however_often_it_runs()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        var place = await factory.Data.PlaceAsync();
        await factory.Data.PracticeAsync(place.Id);
        await factory.Data.PracticeAsync(place.Id);
        var yesterday = factory.Today().AddDays(-1);

        await factory.RunRecurringJobAsync(CoverageSnapshotJob.Id);
        await factory.RunRecurringJobAsync(CoverageSnapshotJob.Id);

        var rows = await factory.WithDbAsync(db => db.CoverageSnapshots.AsNoTracking().Where(s => s.TakenOn == yesterday).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((place.Id, 2), (row.PlaceId, row.ActivePractices));
    }

    [Fact]
    public async Task The_digest_job_queues_one_digest_per_lead_and_week()
    {
        using var factory = new PortalFactory().With("Jobs:Enabled", "true").OnTestClock();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

        Assert.Equal("1 digests queued", await factory.RunRecurringJobAsync(WeeklyDigestJob.Id));
        Assert.Equal("0 digests queued", await factory.RunRecurringJobAsync(WeeklyDigestJob.Id));

        var queued = await factory.WithDbAsync(db => db.Notifications.AsNoTracking().SingleAsync());
        Assert.Equal((WeeklyDigest.Kind, lead.Id), (queued.Kind, queued.RecipientPersonId));
    }

    public void Dispose()
    {
        smtp.Dispose();
        try { Directory.Delete(dataDirectory, recursive: true); } catch (IOException) { }
    }
}
