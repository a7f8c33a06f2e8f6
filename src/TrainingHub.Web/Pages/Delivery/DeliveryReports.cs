using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Feedback;
using TrainingHub.Web.Pages.Trainers;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>Builds the programme delivery report from events, completed bookings, feedback, the trainer pool and fidelity reviews.</summary>
public sealed class DeliveryReports(
    TrainingHubDbContext db, TimeProvider clock, FeedbackReports feedback, TrainerPool pool, TrainerPathways pathways, ReportCache cache)
{
    private sealed record Delivered(int Id, int Year, string? Place, string Type, int TypeId);

    /// <summary>A completed booking as the database groups it; the clinician is only set for a clinical role.</summary>
    private sealed class Attended
    {
        public int Year { get; init; }
        public string? Place { get; init; }
        public int TypeId { get; init; }
        public int? ClinicianId { get; init; }
        public int? PracticeId { get; init; }
    }

    private sealed record Counted(int Attendees, int Clinicians, int Practices)
    {
        public static readonly Counted None = new(0, 0, 0);

        public T Into<T>(Func<int, int, int, T> make) => make(Attendees, Clinicians, Practices);
    }

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
        // Counted by the database: nationally there are hundreds of thousands of completions, and reading them cost 200 MB.
        var years = events.Select(e => e.Year).DefaultIfEmpty(LondonTime.DateOf(now).Year).ToList();
        var attended = AttendedAt(ids, years.Min(), years.Max());
        var byPlaceAndYear = (await CountAsync(attended, a => new { a.Year, a.Place, a.TypeId }, cancellationToken))
            .ToDictionary(r => (r.Key.Year, r.Key.Place, r.Key.TypeId), r => r.Counted);
        var byType = (await CountAsync(attended, a => a.TypeId, cancellationToken)).ToDictionary(r => r.Key, r => r.Counted);
        var rows = events.GroupBy(e => (e.Year, e.Place, e.TypeId))
            .OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.Place ?? DeliveryReport.ProgrammeWide).ThenBy(g => g.Key.TypeId)
            .Select(g => byPlaceAndYear.GetValueOrDefault(g.Key, Counted.None).Into((a, c, p) =>
                new DeliveryRow(g.Key.Year, g.Key.Place ?? DeliveryReport.ProgrammeWide, g.First().Type, g.Count(), a, c, p)))
            .ToList();
        var types = events.GroupBy(e => e.TypeId).OrderBy(g => g.Key)
            .Select(g => byType.GetValueOrDefault(g.Key, Counted.None).Into((a, c, p) => new DeliveryByType(g.First().Type, g.Count(), a, c, p)))
            .ToList();
        var figures = await feedback.OverallForAsync(ids, cancellationToken);
        return new DeliveryReport(LondonTime.DateOf(now), DeliveryReport.Rule, types, rows, await FidelityAsync(now, cancellationToken),
            new FeedbackHeadline(figures.BetterUnderstanding, figures.Responses), await TrainerPoolAsync(LondonTime.DateOf(now), cancellationToken));
    }

    /// <summary>The delivered events' completed bookings, each with its event's UK year, place and type.</summary>
    private IQueryable<Attended> AttendedAt(IQueryable<int> ids, int firstYear, int lastYear)
    {
        var clinical = PracticeTrained.ClinicalRoles.Select(r => (ProfessionalRole?)r).ToList();
        var shape = UkYear.Into<Booking, Attended>((b, year) => new Attended
        {
            Year = year,
            Place = b.ProgrammeEvent!.Place == null ? null : b.ProgrammeEvent.Place.Name,
            TypeId = b.ProgrammeEvent.EventTypeId,
            ClinicianId = clinical.Contains(b.ProfessionalRole) ? b.PersonId : null,
            PracticeId = b.PracticeId,
        }, b => b.ProgrammeEvent!.StartsAt, firstYear, lastYear);
        return db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && ids.Contains(b.ProgrammeEventId))
            .Select(shape);
    }

    /// <summary>Completions per group; clinicians and practices are counted once however often they came.</summary>
    private static async Task<List<(TKey Key, Counted Counted)>> CountAsync<TKey>(
        IQueryable<Attended> attended, Expression<Func<Attended, TKey>> key, CancellationToken cancellationToken)
    {
        var rows = await attended.GroupBy(key)
            .Select(g => new
            {
                g.Key,
                Attendees = g.Count(),
                Clinicians = g.Where(a => a.ClinicianId != null).Select(a => a.ClinicianId).Distinct().Count(),
                Practices = g.Where(a => a.PracticeId != null).Select(a => a.PracticeId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => (r.Key, new Counted(r.Attendees, r.Clinicians, r.Practices))).ToList();
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

    private IQueryable<ProgrammeEvent> DeliveredBy(DateTimeOffset now) =>
        db.ProgrammeEvents.AsNoTracking()
            .Where(e => (e.Status == EventStatus.Published || e.Status == EventStatus.Completed) && e.StartsAt != null && e.EndsAt != null && e.EndsAt <= now);

    private async Task<List<Delivered>> DeliveredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = await DeliveredBy(now)
            .Select(e => new { e.Id, e.StartsAt, Place = e.Place == null ? null : e.Place.Name, Type = e.EventType!.Name, e.EventTypeId })
            .ToListAsync(cancellationToken);
        return rows.Select(e => new Delivered(e.Id, LondonTime.DateOf(e.StartsAt!.Value).Year, e.Place, e.Type, e.EventTypeId))
            .ToList();
    }

    private async Task<FidelityDistribution> FidelityAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = LondonTime.DateOf(now);
        var completed = db.FidelityReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Completed);
        // Each active practice's latest completed review: none of the practice's is later (on one day, the last made).
        var latest = completed.Where(r => r.Practice!.Status == PracticeStatus.Active
            && !completed.Any(o => o.PracticeId == r.PracticeId && (o.ReviewedOn > r.ReviewedOn || (o.ReviewedOn == r.ReviewedOn && o.Id > r.Id))));
        var reviews = await latest.Select(r => new { r.Id, r.NextReviewDue }).ToListAsync(cancellationToken);
        // Flat rows rather than a list per review: nationally the nested form allocated 45 MB for five numbers. The
        // ids read above go as one parameter, so the search for the latest reviews is not made a second time.
        var ids = reviews.ConvertAll(r => r.Id);
        var ratings = (await db.FidelityElementRatings.AsNoTracking().Where(x => EF.Parameter(ids).Contains(x.FidelityReviewId))
            .Select(x => new { x.FidelityReviewId, x.Element, x.Rating }).ToListAsync(cancellationToken)).ToLookup(x => x.FidelityReviewId);
        var rags = reviews.Select(r => FidelityRag.Decide(ratings[r.Id].ToDictionary(x => x.Element, x => x.Rating)).Status).ToList();
        return new FidelityDistribution(rags.Count(s => s == RagStatus.Red), rags.Count(s => s == RagStatus.Amber),
            rags.Count(s => s == RagStatus.Green), reviews.Count(r => r.NextReviewDue < today), reviews.Count);
    }
}
