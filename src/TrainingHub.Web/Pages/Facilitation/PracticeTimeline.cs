using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Web.Pages.Facilitation;

public sealed record TimelineEntry(DateOnly On, string Kind, string Title, string? Detail, string? Href);

/// <summary>
/// One kind of thing that happened to a practice. The timeline on the practice profile shows every registered
/// source: visits, fidelity reviews and journey changes here; training attended arrives with bookings as one
/// more source registered in <see cref="FacilitationSetup"/>.
/// </summary>
public interface IPracticeTimelineSource
{
    Task<IReadOnlyList<TimelineEntry>> EntriesAsync(int practiceId, CancellationToken ct);
}

public sealed class PracticeTimeline(IEnumerable<IPracticeTimelineSource> sources)
{
    public async Task<IReadOnlyList<TimelineEntry>> ForAsync(int practiceId, CancellationToken ct = default)
    {
        var entries = new List<TimelineEntry>();
        foreach (var source in sources) entries.AddRange(await source.EntriesAsync(practiceId, ct));
        return entries.OrderByDescending(e => e.On).ThenBy(e => e.Kind).ToList();
    }
}

public sealed class VisitTimelineSource(TrainingHubDbContext db) : IPracticeTimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(int practiceId, CancellationToken ct) =>
        (await db.PracticeVisits.AsNoTracking().Where(v => v.PracticeId == practiceId)
            .Select(v => new { v.Id, v.VisitedOn, v.Mode, v.Purpose, Facilitator = v.Facilitator!.GivenName + " " + v.Facilitator.FamilyName })
            .ToListAsync(ct))
        .Select(v => new TimelineEntry(v.VisitedOn, "Visit", $"{VisitNames.Of(v.Purpose)} ({VisitNames.Of(v.Mode)})",
            $"By {v.Facilitator}", $"/Facilitation/Visits/Details/{v.Id}"))
        .ToList();
}

public sealed class ReviewTimelineSource(TrainingHubDbContext db) : IPracticeTimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(int practiceId, CancellationToken ct) =>
        (await db.FidelityReviews.AsNoTracking().Where(r => r.PracticeId == practiceId)
            .Select(r => new { r.Id, r.ReviewedOn, r.Status, Ratings = r.Ratings.Select(x => new { x.Element, x.Rating }).ToList() })
            .ToListAsync(ct))
        .Select(r => new TimelineEntry(r.ReviewedOn, "Fidelity review",
            r.Status == ReviewStatus.Draft ? "Fidelity review (draft)" : $"Fidelity review: {FidelityRag.Decide(r.Ratings.ToDictionary(x => x.Element, x => x.Rating)).DisplayName}",
            null, $"/Facilitation/Reviews/Details/{r.Id}"))
        .ToList();
}

public sealed class JourneyTimelineSource(TrainingHubDbContext db) : IPracticeTimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(int practiceId, CancellationToken ct) =>
        (await db.PracticeJourneyChanges.AsNoTracking().Where(c => c.PracticeId == practiceId)
            .Select(c => new { c.EffectiveOn, c.Aspect, c.FromValue, c.ToValue, c.Reason, By = c.RecordedBy!.GivenName + " " + c.RecordedBy.FamilyName })
            .ToListAsync(ct))
        .Select(c => new TimelineEntry(c.EffectiveOn, "Journey", JourneyNames.Describe(c.Aspect, c.FromValue, c.ToValue),
            string.IsNullOrWhiteSpace(c.Reason) ? $"Recorded by {c.By}" : $"Recorded by {c.By}: {c.Reason}", null))
        .ToList();
}

public static class JourneyNames
{
    public static string Describe(JourneyAspect aspect, int from, int to) => aspect switch
    {
        JourneyAspect.Stage => $"Stage: {StageTransitions.DisplayName((PracticeStage)from)} to {StageTransitions.DisplayName((PracticeStage)to)}",
        JourneyAspect.ConditionsInScope => $"Conditions in scope: {DisplayNames.Of((Domain.Practices.LongTermConditions)to)} (was {DisplayNames.Of((Domain.Practices.LongTermConditions)from)})",
        _ => $"Local enhanced service: {DisplayNames.Of((Domain.Practices.EnhancedServiceLevel)to)} (was {DisplayNames.Of((Domain.Practices.EnhancedServiceLevel)from)})",
    };
}

public static class VisitNames
{
    public static string Of(VisitMode mode) => mode switch
    {
        VisitMode.OnSite => "on site",
        VisitMode.Video => "video",
        _ => "phone",
    };

    public static string Of(VisitPurpose purpose) => purpose switch
    {
        VisitPurpose.InitialSupport => "Initial support",
        VisitPurpose.Troubleshooting => "Troubleshooting",
        VisitPurpose.ItAndTemplates => "IT and templates",
        VisitPurpose.ProcessRedesign => "Process redesign",
        VisitPurpose.FidelityReviewFollowUp => "Fidelity review follow-up",
        _ => "Other",
    };
}
