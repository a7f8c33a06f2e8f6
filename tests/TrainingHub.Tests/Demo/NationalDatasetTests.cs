using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data;
using TrainingHub.Web.Demo.National;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Bookings;

namespace TrainingHub.Tests.Demo;

/// <summary>The national dataset at a small scale, loaded once into a real SQLite file by the real generator.</summary>
public sealed class SeededNation : IAsyncLifetime
{
    public static readonly BurstSizes Bursts = new(BookingAttempts: 6, Seats: 2, Reminders: 4);
    public PortalFactory Portal { get; } = new();

    public async Task InitializeAsync()
    {
        using var scope = Portal.Services.CreateScope();
        var exit = await scope.ServiceProvider.GetRequiredService<NationalDataset>().SeedAsync(NationalScale.Parse("12")!, null, TextWriter.Null, Bursts);
        Assert.Equal(0, exit);
    }

    public async Task DisposeAsync() => await Portal.DisposeAsync();
}

public sealed class NationalDatasetTests(SeededNation nation) : IClassFixture<SeededNation>
{
    private static readonly BurstSizes Bursts = SeededNation.Bursts;

    private TrainingHubDbContext Db() => nation.Portal.Services.CreateScope().ServiceProvider.GetRequiredService<TrainingHubDbContext>();

    [Fact]
    public async Task Feedback_comes_only_from_attended_bookings_once_each_and_about_the_bookings_event()
    {
        var db = Db();
        var responses = await db.FeedbackResponses.Select(f => new { f.BookingId, f.ProgrammeEventId, BookingEvent = f.Booking!.ProgrammeEventId, f.Booking.State }).ToListAsync();
        Assert.NotEmpty(responses);
        Assert.All(responses, r => Assert.Equal(BookingState.Attended, r.State));
        Assert.All(responses, r => Assert.Equal(r.BookingEvent, r.ProgrammeEventId));
        Assert.Equal(responses.Count, responses.Select(r => r.BookingId).Distinct().Count());
    }

    [Fact]
    public async Task No_event_to_come_has_a_free_place_while_people_wait_for_one_as_the_portal_never_leaves_it()
    {
        var db = Db();
        var published = await db.ProgrammeEvents.Where(e => e.Status == Web.Domain.Events.EventStatus.Published)
            .Select(e => new
            {
                e.Id, e.Capacity,
                Held = db.Bookings.Count(b => b.ProgrammeEventId == e.Id && EventFacts.HoldingStates.Contains(b.State)),
                Waiting = db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted),
            })
            .ToListAsync();
        Assert.Contains(published, e => e.Waiting > 0);
        Assert.All(published.Where(e => e.Waiting > 0), e => Assert.Equal(e.Capacity, e.Held));
    }

    [Fact]
    public async Task Every_accreditation_comes_from_an_accredited_observation_of_that_trainer_by_someone_else()
    {
        var db = Db();
        var observations = await db.QaObservations.ToListAsync();
        Assert.NotEmpty(observations);
        Assert.All(observations, o => Assert.NotEqual(o.ObservedPersonId, o.AssessorPersonId));
        var accreditations = await db.TrainerAccreditations.ToListAsync();
        Assert.NotEmpty(accreditations);
        Assert.All(accreditations, a =>
        {
            var last = observations.Single(o => o.Id == a.LastObservationId);
            Assert.Equal((a.PersonId, a.AccreditationSlug, QaOutcome.Accredited), (last.ObservedPersonId, last.AccreditationSlug, last.Outcome));
            Assert.Equal(AccreditationRules.ValidUntil(last.ObservedOn, AccreditationRules.DefaultYears), a.ValidUntil);
        });
    }

    [Fact]
    public async Task Events_are_a_mix_of_the_programmes_event_types_including_courses_that_train_a_practice()
    {
        var db = Db();
        var types = await db.ProgrammeEvents.Select(e => e.EventTypeId).Distinct().ToListAsync();
        Assert.True(types.Count >= 5, $"only event types {string.Join(", ", types)}");
        Assert.True(await db.ProgrammeEvents.CountAsync(e => e.EventType!.CountsTowardsPracticeTrained) >= 5);
    }

    [Fact]
    public async Task Coverage_is_recorded_for_every_place_on_each_day_taken_and_never_counts_more_trained_than_active()
    {
        var db = Db();
        var places = await db.Places.CountAsync();
        var snapshots = await db.CoverageSnapshots.ToListAsync();
        Assert.True(snapshots.Select(s => s.TakenOn).Distinct().Count() >= 48);
        Assert.All(snapshots.GroupBy(s => s.TakenOn), day => Assert.Equal(places, day.Count()));
        Assert.All(snapshots, s => Assert.InRange(s.Trained, 0, s.ActivePractices));
        Assert.Contains(snapshots, s => s.Trained > 0);
    }

    [Fact]
    public async Task The_bursts_start_from_an_open_event_with_its_seats_an_account_per_attempt_and_bookings_owed_reminders()
    {
        var db = Db();
        var booking = await db.ProgrammeEvents.SingleAsync(e => e.Title == BurstSizes.BookingEventTitle);
        Assert.Equal(Bursts.Seats, booking.Capacity);
        Assert.Equal(Bursts.BookingAttempts, await db.Users.CountAsync(u => u.Email!.StartsWith("burst-booking-")));
        var reminders = await db.ProgrammeEvents.SingleAsync(e => e.Title == BurstSizes.ReminderEventTitle);
        Assert.Equal(Bursts.Reminders, await db.Bookings.CountAsync(b => b.ProgrammeEventId == reminders.Id && b.State == BookingState.Booked));
    }
}
