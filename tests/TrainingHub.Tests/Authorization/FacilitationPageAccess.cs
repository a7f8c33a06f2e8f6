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
        return
        [
            Facilitators("/Facilitation/Index", "/Facilitation"),
            AccessRow.LeadsOnly("/Facilitation/Caseloads", "/Facilitation/Caseloads"),
            AccessRow.LeadsOnly("/Facilitation/Caseloads", "/Facilitation/Caseloads?handler=Assign", "POST"),
            AccessRow.LeadsOnly("/Facilitation/Caseloads", "/Facilitation/Caseloads?handler=End", "POST"),
            Facilitators("/Facilitation/Journey", $"/Facilitation/Journey/{world.Practice.Id}"),
            Facilitators("/Facilitation/Journey", $"/Facilitation/Journey/{world.Practice.Id}", "POST"),
        ];
    }
}
