using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Facilitation;

namespace TrainingHub.Tests.Authorization;

/// <summary>Facilitation pages: facilitators and leads; caseload assignment is for leads only.</summary>
public sealed class FacilitationPageAccess : PageAccess
{
    private static AccessRow Facilitators(string page, string path, string method = "GET") =>
        new(page, path, Access.SignIn, Access.Forbidden, Access.Forbidden, Access.Allowed, Access.Allowed, method);

    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        await factory.AssignAsync(world.Facilitator.Id, world.Practice.Id);
        var assignmentId = await factory.WithDbAsync(db => db.FacilitatorAssignments.Where(a => a.PracticeId == world.Practice.Id)
            .Select(a => a.Id).FirstAsync());
        var visitId = await factory.VisitAsync(world.Facilitator.Id, world.Practice.Id);
        var reviewId = await factory.DraftReviewAsync(world.Facilitator.Id, world.Practice.Id);
        return
        [
            Facilitators("/Facilitation/Index", "/Facilitation"),
            AccessRow.SignedIn("/YourPractice/Facilitator", "/YourPractice/Facilitator"),
            AccessRow.LeadsOnly("/Facilitation/Caseloads", "/Facilitation/Caseloads"),
            AccessRow.LeadsOnly("/Facilitation/Caseloads", "/Facilitation/Caseloads?handler=Assign", "POST"),
            AccessRow.LeadsOnly("/Facilitation/EndAssignment", $"/Facilitation/EndAssignment/{assignmentId}"),
            AccessRow.LeadsOnly("/Facilitation/EndAssignment", $"/Facilitation/EndAssignment/{assignmentId}", "POST"),
            AccessRow.LeadsOnly("/Facilitation/Cohorts", "/Facilitation/Cohorts"),
            AccessRow.LeadsOnly("/Facilitation/Cohorts", "/Facilitation/Cohorts?handler=Make", "POST"),
            Facilitators("/Facilitation/Journey", $"/Facilitation/Journey/{world.Practice.Id}"),
            Facilitators("/Facilitation/Journey", $"/Facilitation/Journey/{world.Practice.Id}", "POST"),
            Facilitators("/Facilitation/Visits/Index", "/Facilitation/Visits"),
            Facilitators("/Facilitation/Visits/Details", $"/Facilitation/Visits/Details/{visitId}"),
            Facilitators("/Facilitation/Visits/Edit", $"/Facilitation/Visits/Edit?practiceId={world.Practice.Id}"),
            Facilitators("/Facilitation/Visits/Edit", $"/Facilitation/Visits/Edit?practiceId={world.Practice.Id}", "POST"),
            // Only the facilitator who recorded a visit may change it; the lead reads it but is refused here.
            Facilitators("/Facilitation/Visits/Edit", $"/Facilitation/Visits/Edit/{visitId}") with { ProgrammeLead = Access.Forbidden },
            // An empty POST stops at antiforgery (400) before the ownership check; VisitTests posts real forms.
            Facilitators("/Facilitation/Visits/Edit", $"/Facilitation/Visits/Edit/{visitId}", "POST"),
            Facilitators("/Facilitation/Reviews/Start", $"/Facilitation/Reviews/Start/{world.Practice.Id}"),
            Facilitators("/Facilitation/Reviews/Start", $"/Facilitation/Reviews/Start/{world.Practice.Id}", "POST"),
            Facilitators("/Facilitation/Reviews/Edit", $"/Facilitation/Reviews/Edit/{reviewId}"),
            Facilitators("/Facilitation/Reviews/Edit", $"/Facilitation/Reviews/Edit/{reviewId}", "POST"),
            Facilitators("/Facilitation/Reviews/Edit", $"/Facilitation/Reviews/Edit/{reviewId}?handler=Complete", "POST"),
            Facilitators("/Facilitation/Reviews/Details", $"/Facilitation/Reviews/Details/{reviewId}"),
            Facilitators("/Facilitation/Reviews/Details", $"/Facilitation/Reviews/Details/{reviewId}?handler=AddAction", "POST"),
            Facilitators("/Facilitation/Reviews/Details", $"/Facilitation/Reviews/Details/{reviewId}?handler=Done", "POST"),
        ];
    }
}
