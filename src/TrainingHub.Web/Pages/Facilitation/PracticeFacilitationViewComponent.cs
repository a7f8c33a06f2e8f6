using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>The facilitation section of a practice's profile: its facilitator, its journey and its timeline.</summary>
public class PracticeFacilitationViewComponent(
    TrainingHubDbContext db, Caseloads caseloads, PracticeTimeline timeline, IAuthorizationService authorization) : ViewComponent
{
    public sealed record CurrentFacilitator(string Name, DateOnly Since);

    public sealed record Model(
        int PracticeId, IReadOnlyList<CurrentFacilitator> Facilitators, PracticeStage Stage, IReadOnlyList<TimelineEntry> Timeline,
        bool MayOpenRecords, bool MayWorkWith);

    public async Task<IViewComponentResult> InvokeAsync(int practiceId)
    {
        var today = caseloads.Today;
        var facilitators = await caseloads.CurrentOn(today).Where(a => a.PracticeId == practiceId)
            .OrderBy(a => a.StartsOn)
            .Select(a => new CurrentFacilitator(a.Facilitator!.GivenName + " " + a.Facilitator.FamilyName, a.StartsOn))
            .ToListAsync();
        var stage = await db.PracticeJourneys.AsNoTracking().Where(j => j.PracticeId == practiceId)
            .Select(j => (PracticeStage?)j.Stage).FirstOrDefaultAsync() ?? PracticeStage.NotEngaged;
        var user = HttpContext.User;
        var mayOpen = (await authorization.AuthorizeAsync(user, PortalPolicies.Facilitator)).Succeeded;
        var mayWork = mayOpen && await caseloads.MayWorkWithAsync(user, practiceId);
        return View("~/Pages/Facilitation/_PracticeFacilitation.cshtml",
            new Model(practiceId, facilitators, stage, await timeline.ForAsync(practiceId), mayOpen, mayWork));
    }
}
