using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class YourDataPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            // Each person's own: the page takes no person from the request.
            AccessRow.SignedIn("/YourData/Index", "/YourData"),
            AccessRow.SignedIn("/YourData/Index", "/YourData?handler=Json"),
            AccessRow.LeadsOnly("/YourData/Person", $"/YourData/Person/{world.Attendee.Id}"),
            AccessRow.LeadsOnly("/YourData/Person", $"/YourData/Person/{world.Attendee.Id}?handler=Json"),
            AccessRow.LeadsOnly("/YourData/Erase", $"/YourData/Erase/{world.Attendee.Id}"),
            AccessRow.LeadsOnly("/YourData/Erase", $"/YourData/Erase/{world.Attendee.Id}", "POST"),
            AccessRow.LeadsOnly("/Audit/Index", "/Audit"),
            AccessRow.LeadsOnly("/Retention/Index", "/Retention"),
            AccessRow.LeadsOnly("/Audit/Index", "/Audit?handler=Csv"),
        ]);
}
