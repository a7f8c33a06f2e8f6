using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>The facilitator's dashboard: their caseload and what needs doing.</summary>
public class IndexModel(TrainingHubDbContext db, Caseloads caseloads) : PageModel
{
    public sealed record CaseloadRow(int PracticeId, string OdsCode, string Name, DateOnly Since, PracticeStage Stage);

    public IReadOnlyList<CaseloadRow> Caseload { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var personId = User.PersonId()!.Value;
        Caseload = await caseloads.CurrentOn(caseloads.Today).Where(a => a.FacilitatorId == personId)
            .OrderBy(a => a.Practice!.Name)
            .Select(a => new CaseloadRow(a.PracticeId, a.Practice!.OdsCode, a.Practice.Name, a.StartsOn,
                db.PracticeJourneys.Where(j => j.PracticeId == a.PracticeId).Select(j => (PracticeStage?)j.Stage).FirstOrDefault() ?? PracticeStage.NotEngaged))
            .ToListAsync();
    }
}
