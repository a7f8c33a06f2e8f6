using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Feedback;
using TrainingHub.Web.Pages.Trainers;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>Builds the programme delivery report from events, completed bookings, feedback, the trainer pool and fidelity reviews.</summary>
public sealed class DeliveryReports(
    TrainingHubDbContext db, TimeProvider clock, FeedbackReports feedback, TrainerPool pool, TrainerPathways pathways, ReportCache cache)
{
    private sealed record Delivered(int Id, int Year, string Place, string Type, int TypeId);
    private sealed record Attendance(int EventId, int? PersonId, int? PracticeId, ProfessionalRole? Role);

    /// <summary>Today's report, shared with everyone else who asks until the data changes (see <see cref="ReportCache"/>).</summary>
    public Task<DeliveryReport> BuildAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return cache.GetAsync<DeliveryReports, DeliveryReport>($"delivery {LondonTime.DateOf(now):O}", reports => reports.WorkOutAsync(now, CancellationToken.None))
            .WaitAsync(cancellationToken);
    }

    private async Task<DeliveryReport> WorkOutAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = await DeliveredAsync(now, cancellationToken);
        // The delivered events as a subquery, rather than tens of thousands of ids as parameters.
        var ids = DeliveredBy(now).Select(e => e.Id);
        var attended = (await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && ids.Contains(b.ProgrammeEventId))
            .Select(b => new Attendance(b.ProgrammeEventId, b.PersonId, b.PracticeId, b.ProfessionalRole))
            .ToListAsync(cancellationToken)).ToLookup(a => a.EventId);
        var byPlaceAndYear = events.GroupBy(e => (e.Year, e.Place, e.Type, e.TypeId))
            .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.Place).ThenBy(g => g.Key.TypeId)
            .Select(g => Count(g.ToList(), attended, (events, a, c, p) => new DeliveryRow(g.Key.Year, g.Key.Place, g.Key.Type, events, a, c, p)))
            .ToList();
        var byType = events.GroupBy(e => (e.TypeId, e.Type)).OrderBy(g => g.Key.TypeId)
            .Select(g => Count(g.ToList(), attended, (events, a, c, p) => new DeliveryByType(g.Key.Type, events, a, c, p)))
            .ToList();
        var figures = await feedback.OverallForAsync(ids, cancellationToken);
        return new DeliveryReport(LondonTime.DateOf(now), DeliveryReport.Rule, byType, byPlaceAndYear, await FidelityAsync(now, cancellationToken),
            new FeedbackHeadline(figures.BetterUnderstanding, figures.Responses), await TrainerPoolAsync(LondonTime.DateOf(now), cancellationToken));
    }

    private async Task<TrainerPoolSummary> TrainerPoolAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var horizon = AccreditationRules.ReminderDays.Max();
        var lastDay = today.AddDays(horizon);
        return new TrainerPoolSummary(
            await pool.HeldOn(today).Select(a => a.PersonId).Distinct().CountAsync(cancellationToken),
            await pool.HeldOn(today).CountAsync(a => a.ValidUntil <= lastDay, cancellationToken), horizon,
            (await pathways.TraineesAsync()).Count(t => !t.Facts.IsAccredited));
    }

    private static T Count<T>(IReadOnlyList<Delivered> events, ILookup<int, Attendance> attended, Func<int, int, int, int, T> make)
    {
        var these = events.SelectMany(e => attended[e.Id]).ToList();
        return make(events.Count, these.Count,
            these.Where(a => a.PersonId is not null && PracticeTrained.IsClinical(a.Role)).Select(a => a.PersonId).Distinct().Count(),
            these.Where(a => a.PracticeId is not null).Select(a => a.PracticeId).Distinct().Count());
    }

    private IQueryable<ProgrammeEvent> DeliveredBy(DateTimeOffset now) =>
        db.ProgrammeEvents.AsNoTracking()
            .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Completed) && e.StartsAt != null && e.EndsAt != null && e.EndsAt <= now);

    private async Task<List<Delivered>> DeliveredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await DeliveredBy(now)
            .Select(e => new { e.Id, e.StartsAt, Place = e.Place == null ? null : e.Place.Name, Type = e.EventType!.Name, e.EventTypeId })
            .ToListAsync(cancellationToken);
        return rows.Select(e => new Delivered(e.Id, LondonTime.DateOf(e.StartsAt!.Value).Year, e.Place ?? DeliveryReport.ProgrammeWide, e.Type, e.EventTypeId))
            .ToList();
    }

    private async Task<FidelityDistribution> FidelityAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = LondonTime.DateOf(now);
        var reviews = await db.FidelityReviews.AsNoTracking()
            .Where(r => r.Status == ReviewStatus.Completed && r.Practice!.Status == PracticeStatus.Active)
            .Select(r => new { r.Id, r.PracticeId, r.ReviewedOn, r.NextReviewDue, Ratings = r.Ratings.Select(x => new { x.Element, x.Rating }).ToList() })
            .ToListAsync(cancellationToken);
        var latest = reviews.GroupBy(r => r.PracticeId)
            .Select(g => g.OrderByDescending(r => r.ReviewedOn).ThenByDescending(r => r.Id).First()).ToList();
        var rags = latest.Select(r => FidelityRag.Decide(r.Ratings.ToDictionary(x => x.Element, x => x.Rating)).Status).ToList();
        return new FidelityDistribution(rags.Count(s => s == RagStatus.Red), rags.Count(s => s == RagStatus.Amber),
            rags.Count(s => s == RagStatus.Green), latest.Count(r => r.NextReviewDue < today), latest.Count);
    }
}
