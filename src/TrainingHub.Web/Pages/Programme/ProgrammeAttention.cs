using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Facilitation;

namespace TrainingHub.Web.Pages.Programme;

/// <summary>
/// What needs a lead's attention: events with no lead trainer, events filling slowly, waiting lists, failed messages,
/// overdue reviews. The home page counts them; the attention page lists the events. The counts that read the whole
/// programme are worked out once and shared by every lead until the data changes (<see cref="ReportCache"/>): at
/// national scale they take tens of milliseconds of a core, and each lead opens the home page many times a day.
/// Failed messages are counted live on their index, since the outbox's writes do not start a new report.
/// </summary>
public sealed class ProgrammeAttention(
    TrainingHubDbContext db, CoverageReports coverage, FacilitationReminders reminders, ReportCache cache, TimeProvider clock)
{
    public const int NoLeadWithinWeeks = 8;
    public const int UnderHalfFullWithinDays = 14;

    public sealed record PlaceCoverage(int PlaceId, string Place, int Trained, int ActivePractices, decimal PercentTrained, bool MeetsTarget);

    public sealed record Figures(
        int TargetPercent, IReadOnlyList<PlaceCoverage> Places, int WithoutLead, int UnderHalfFull, int WaitingLists, int PeopleWaiting,
        int FailedMessages, int ReviewsOverdue);

    public sealed record EventRow(int Id, string Title, string? Place, DateTimeOffset? StartsAt, int PlacesTaken, int Capacity, int Waiting);

    private static readonly BookingState[] HoldingPlace = [BookingState.Booked, BookingState.Offered, BookingState.Attended, BookingState.NoShow];

    /// <summary>Draft or published, starting in the next eight weeks, with nobody allocated as lead trainer.</summary>
    public IQueryable<ProgrammeEvent> WithoutLead()
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(7 * NoLeadWithinWeeks);
        return db.ProgrammeEvents.AsNoTracking()
            .Where(e => (e.Status == EventStatus.Draft || e.Status == EventStatus.Published) && e.StartsAt >= now && e.StartsAt < until
                && !e.Trainers.Any(t => t.Role == TrainerRole.Lead));
    }

    /// <summary>Published, starting in the next two weeks, with fewer than half its places taken.</summary>
    public IQueryable<ProgrammeEvent> UnderHalfFull()
    {
        var now = clock.GetUtcNow();
        var until = now.AddDays(UnderHalfFullWithinDays);
        return db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAt >= now && e.StartsAt < until
                && db.Bookings.Count(b => b.ProgrammeEventId == e.Id && HoldingPlace.Contains(b.State)) * 2 < e.Capacity);
    }

    /// <summary>Published and not started, with somebody on the waiting list.</summary>
    public IQueryable<ProgrammeEvent> WithPeopleWaiting()
    {
        var now = clock.GetUtcNow();
        return db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Status == EventStatus.Published && e.StartsAt >= now
                && db.Bookings.Any(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted));
    }

    /// <summary>The counts that read the whole programme, shared until the data changes.</summary>
    private sealed record Counts(int WithoutLead, int UnderHalfFull, int WaitingLists, int PeopleWaiting, int ReviewsOverdue);

    public async Task<Figures> FiguresAsync()
    {
        var report = await coverage.BuildAsync();
        var places = report.Areas.Where(a => a.Kind == AreaKind.Place)
            .Select(a => new PlaceCoverage(a.Id, a.Name, a.Trained, a.ActivePractices, a.PercentTrained, a.MeetsTarget)).ToList();
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var counts = await cache.GetAsync<ProgrammeAttention, Counts>($"attention {today:O}", attention => attention.CountAsync(today));
        var failed = await db.Notifications.CountAsync(n => n.Status == NotificationStatus.Failed);
        return new Figures(report.TargetPercent, places, counts.WithoutLead, counts.UnderHalfFull, counts.WaitingLists, counts.PeopleWaiting,
            failed, counts.ReviewsOverdue);
    }

    private async Task<Counts> CountAsync(DateOnly today)
    {
        var waiting = await WithPeopleWaiting()
            .Select(e => db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted)).ToListAsync();
        return new Counts(await WithoutLead().CountAsync(), await UnderHalfFull().CountAsync(), waiting.Count, waiting.Sum(),
            await reminders.ReviewsDueBy(today.AddDays(-1), practiceIds: null).CountAsync());
    }

    public Task<List<EventRow>> ListAsync(IQueryable<ProgrammeEvent> events) =>
        events.OrderBy(e => e.StartsAt)
            .Select(e => new EventRow(e.Id, e.Title, e.Place == null ? null : e.Place.Name, e.StartsAt,
                db.Bookings.Count(b => b.ProgrammeEventId == e.Id && HoldingPlace.Contains(b.State)), e.Capacity,
                db.Bookings.Count(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Waitlisted)))
            .ToListAsync();
}
