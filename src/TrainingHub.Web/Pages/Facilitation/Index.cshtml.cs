using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>
/// The facilitator's dashboard: their caseload, overdue actions, visits this quarter and reviews due.
/// A lead sees the same for every practice.
/// </summary>
public class IndexModel(TrainingHubDbContext db, Caseloads caseloads, FacilitationReminders reminders) : PageModel
{
    public const int ReviewsDueWithinDays = 30;

    public sealed record CaseloadRow(int PracticeId, string OdsCode, string Name, DateOnly Since, PracticeStage Stage);
    public sealed record VisitRow(int Id, DateOnly VisitedOn, string Practice, VisitPurpose Purpose, VisitMode Mode);
    public sealed record DraftRow(int Id, string Practice, DateOnly ReviewedOn);

    public IReadOnlyList<CaseloadRow> Caseload { get; private set; } = [];
    public IReadOnlyList<ActionDue> OverdueActions { get; private set; } = [];
    public IReadOnlyList<VisitRow> VisitsThisQuarter { get; private set; } = [];
    public IReadOnlyList<ReviewDue> ReviewsDue { get; private set; } = [];
    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];
    public (DateOnly First, DateOnly Last) Quarter { get; private set; }
    public bool IsLead { get; private set; }
    public TablePage<ActionDue> OverduePage => TablePage<ActionDue>.Of(OverdueActions, Request, "actions", "overdue actions");
    public TablePage<VisitRow> VisitPage => TablePage<VisitRow>.Of(VisitsThisQuarter, Request, "visits", "visits this quarter");
    public TablePage<ReviewDue> ReviewsDuePage => TablePage<ReviewDue>.Of(ReviewsDue, Request, "reviews", "fidelity reviews due");

    public async Task OnGetAsync()
    {
        var personId = User.PersonId()!.Value;
        var today = caseloads.Today;
        IsLead = User.IsInRole(PortalRoles.ProgrammeLead);
        // A lead watches every practice; a facilitator their caseload.
        var scope = IsLead ? null : caseloads.PracticeIdsOf(personId);
        Caseload = await caseloads.CurrentOn(today).Where(a => a.FacilitatorId == personId)
            .OrderBy(a => a.Practice!.Name)
            .Select(a => new CaseloadRow(a.PracticeId, a.Practice!.OdsCode, a.Practice.Name, a.StartsOn,
                db.PracticeJourneys.Where(j => j.PracticeId == a.PracticeId).Select(j => (PracticeStage?)j.Stage).FirstOrDefault() ?? PracticeStage.NotEngaged))
            .ToListAsync();
        OverdueActions = await reminders.OpenActionsDueByAsync(today.AddDays(-1), scope);
        ReviewsDue = await reminders.ReviewsDueByAsync(today.AddDays(ReviewsDueWithinDays), scope);
        Quarter = ProgrammeCalendar.QuarterOf(today);
        var visits = db.PracticeVisits.AsNoTracking().Where(v => v.VisitedOn >= Quarter.First && v.VisitedOn <= Quarter.Last);
        if (!IsLead) visits = visits.Where(v => v.FacilitatorId == personId);
        VisitsThisQuarter = await visits.OrderByDescending(v => v.VisitedOn)
            .Select(v => new VisitRow(v.Id, v.VisitedOn, v.Practice!.Name, v.Purpose, v.Mode)).ToListAsync();
        var drafts = db.FidelityReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Draft);
        if (scope is not null) drafts = drafts.Where(r => scope.Contains(r.PracticeId));
        Drafts = await drafts.OrderBy(r => r.ReviewedOn).Select(r => new DraftRow(r.Id, r.Practice!.Name, r.ReviewedOn)).ToListAsync();
    }
}
