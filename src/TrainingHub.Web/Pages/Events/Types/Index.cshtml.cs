using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events.Types;

/// <summary>The kinds of event the programme runs, with their defaults; a lead starts a new event from one.</summary>
public class IndexModel(TrainingHubDbContext db) : PageModel
{
    public sealed record Row(int Id, string Slug, string Name, int DefaultDays, TimeOnly Start, TimeOnly End, int Capacity,
        EventAudience Audience, string? RequiredAccreditation, bool CountsTowardsPracticeTrained);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.EventTypes.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Slug, t.Name, t.DefaultDays, t.DefaultStartTime, t.DefaultEndTime, t.DefaultCapacity,
                t.Audience, t.RequiredAccreditation, t.CountsTowardsPracticeTrained))
            .ToListAsync();
}
