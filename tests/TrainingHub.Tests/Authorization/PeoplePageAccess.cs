using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class PeoplePageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.LeadsOnly("/People/Index", "/People"),
            AccessRow.LeadsOnly("/People/Index", "/People?Q=a"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=Grant", "POST"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=Revoke&grantId=1", "POST"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=SwitchOff", "POST"),
            AccessRow.LeadsOnly("/People/Details", $"/People/{world.Attendee.Id}?handler=SwitchOn", "POST"),
        ]);
}
