using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Register;

/// <summary>The registers a lead or trainer can take: sessions from the last few weeks and the next fortnight.</summary>
public class IndexModel(RegisterSessions sessions, TimeProvider clock) : PageModel
{
    public sealed record Row(int SessionId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int EventId, string EventTitle);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public bool IsLead => User.IsInRole(PortalRoles.ProgrammeLead);

    public async Task OnGetAsync()
    {
        var now = clock.GetUtcNow();
        var from = now.AddDays(-42);
        var to = now.AddDays(14);
        Rows = await sessions.VisibleTo(User).Where(s => s.StartsAt >= from && s.StartsAt <= to)
            .OrderBy(s => s.StartsAt).Take(200)
            .Select(s => new Row(s.Id, s.StartsAt, s.EndsAt, s.ProgrammeEventId, s.ProgrammeEvent!.Title))
            .ToListAsync();
    }
}
