using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class FoundationPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.Public("/Index", "/"),
            AccessRow.Public("/Error", "/Error"),
            AccessRow.Public("/StatusCode", "/StatusCode/404"),
            AccessRow.Public("/Account/SignIn", "/Account/SignIn"),
            AccessRow.Public("/Account/SignOut", "/Account/SignOut"),
            AccessRow.Public("/Account/AccessDenied", "/Account/AccessDenied") with
            {
                // The page itself answers 403 so that a browser and a crawler both see a refusal.
                Anonymous = Access.Forbidden, Attendee = Access.Forbidden, Trainer = Access.Forbidden,
                Facilitator = Access.Forbidden, ProgrammeLead = Access.Forbidden,
            },
            AccessRow.ProgrammeTeam("/Practices/Index", "/Practices"),
            AccessRow.ProgrammeTeam("/Practices/Details", $"/Practices/{world.Practice.Id}"),
            AccessRow.LeadsOnly("/Practices/Import", "/Practices/Import"),
            AccessRow.LeadsOnly("/Practices/Import", "/Practices/Import?handler=Check", "POST"),
            AccessRow.LeadsOnly("/Places/Index", "/Places"),
            AccessRow.LeadsOnly("/Places/Edit", $"/Places/{world.Place.Id}/Edit"),
            AccessRow.LeadsOnly("/Places/Edit", $"/Places/{world.Place.Id}/Edit", "POST"),
        ]);
}
