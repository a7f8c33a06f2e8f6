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
        var byPlaceAndYear = new Dictionary<(int Year, string Place, int TypeId), Tally>();
        var byType = new Dictionary<int, Tally>();
        var tallies = new Dictionary<int, (Tally Row, Tally Type)>();
        foreach (var e in events)
        {
            var row = Tally.For(byPlaceAndYear, (e.Year, e.Place, e.TypeId), e.Type);
            var type = Tally.For(byType, e.TypeId, e.Type);
            row.Events++;
            type.Events++;
            tallies[e.Id] = (row, type);
        }
        // Counted as the rows arrive: nationally there are hundreds of thousands, and a list of them all cost 100 MB.
        await foreach (var a in db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && ids.Contains(b.ProgrammeEventId))
            .Select(b => new Attendance(b.ProgrammeEventId, b.PersonId, b.PracticeId, b.ProfessionalRole))
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!tallies.TryGetValue(a.EventId, out var of)) continue;
            of.Row.Add(a);
            of.Type.Add(a);
        }
        var rows = byPlaceAndYear.OrderByDescending(g => g.Key.Year).ThenBy(g => g.Key.Place).ThenBy(g => g.Key.TypeId)
            .Select(g => g.Value.Into((events, a, c, p) => new DeliveryRow(g.Key.Year, g.Key.Place, g.Value.Type, events, a, c, p)))
            .ToList();
        var types = byType.OrderBy(g => g.Key)
            .Select(g => g.Value.Into((events, a, c, p) => new DeliveryByType(g.Value.Type, events, a, c, p)))
            .ToList();
        var figures = await feedback.OverallForAsync(ids, cancellationToken);
        return new DeliveryReport(LondonTime.DateOf(now), DeliveryReport.Rule, types, rows, await FidelityAsync(now, cancellationToken),
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

    /// <summary>One row's events and completions; clinicians and practices are counted once however often they came.</summary>
    private sealed class Tally(string type)
    {
        private readonly HashSet<int> clinicians = [];
        private readonly HashSet<int> practices = [];
        private int attendees;
        public string Type { get; } = type;
        public int Events { get; set; }

        public void Add(Attendance a)
        {
            attendees++;
            if (a.PersonId is { } person && PracticeTrained.IsClinical(a.Role)) clinicians.Add(person);
            if (a.PracticeId is { } practice) practices.Add(practice);
        }

        public static Tally For<TKey>(Dictionary<TKey, Tally> tallies, TKey key, string type) where TKey : notnull =>
            tallies.TryGetValue(key, out var tally) ? tally : tallies[key] = new Tally(type);

        public T Into<T>(Func<int, int, int, int, T> make) => make(Events, attendees, clinicians.Count, practices.Count);
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
