using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>Further training needs across the programme, each beside the topic sessions that answer it.</summary>
public class NeedsModel(FeedbackReports reports, TrainingHubDbContext db, TimeProvider clock) : PageModel
{
    public sealed record TopicEvent(int Id, string Title, DateTimeOffset? StartsAt);
    public sealed record NeedRow(TrainingNeeds Need, Share Share, string? TopicTypeName, string? TopicSlug, IReadOnlyList<TopicEvent> Coming);

    public IReadOnlyList<NeedRow> Rows { get; private set; } = [];
    public int Responses { get; private set; }

    public async Task OnGetAsync()
    {
        var report = await reports.RunAsync(onlyTrainerId: null, new ReportFilter());
        Responses = report.Overall.Responses;
        var now = clock.GetUtcNow();
        var topics = await db.EventTypes.AsNoTracking().Where(t => t.Slug.StartsWith("topic-")).Select(t => new { t.Id, t.Slug, t.Name }).ToListAsync();
        var typeIds = topics.Select(t => t.Id).ToList();
        var coming = await db.ProgrammeEvents.AsNoTracking()
            .Where(e => typeIds.Contains(e.EventTypeId) && e.Status == EventStatus.Published && e.StartsAt > now)
            .OrderBy(e => e.StartsAt).Select(e => new { e.EventTypeId, Event = new TopicEvent(e.Id, e.Title, e.StartsAt) }).ToListAsync();
        Rows = report.Overall.Needs.OrderByDescending(n => n.Share.Count).Select(n =>
        {
            var topic = topics.FirstOrDefault(t => t.Slug == FeedbackWords.TopicSlugFor(n.Need));
            return new NeedRow(n.Need, n.Share, topic?.Name, topic?.Slug,
                topic is null ? [] : coming.Where(c => c.EventTypeId == topic.Id).Select(c => c.Event).ToList());
        }).ToList();
    }
}
