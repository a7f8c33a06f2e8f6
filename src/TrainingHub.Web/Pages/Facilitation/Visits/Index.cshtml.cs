using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Web.Pages.Facilitation.Visits;

/// <summary>The visit log: a lead sees every visit, a facilitator their own and those to their practices.</summary>
public class IndexModel(VisitLog visits) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, DateOnly VisitedOn, int PracticeId, string Practice, string Facilitator, VisitMode Mode, VisitPurpose Purpose, int OpenActions);

    [BindProperty(SupportsGet = true, Name = "p")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var query = visits.VisibleTo(User).AsNoTracking();
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query.OrderByDescending(v => v.VisitedOn).ThenByDescending(v => v.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(v => new Row(v.Id, v.VisitedOn, v.PracticeId, v.Practice!.Name, v.Facilitator!.GivenName + " " + v.Facilitator.FamilyName,
                v.Mode, v.Purpose, v.Actions.Count(a => a.DoneOn == null)))
            .ToListAsync();
    }
}
