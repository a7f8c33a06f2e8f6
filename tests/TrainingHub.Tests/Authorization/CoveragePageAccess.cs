using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class CoveragePageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.LeadsOnly("/Coverage/Index", "/Coverage"),
            AccessRow.LeadsOnly("/Coverage/Index", "/Coverage?handler=Csv"),
            AccessRow.LeadsOnly("/Coverage/Index", "/Coverage?handler=Xlsx"),
            AccessRow.LeadsOnly("/Coverage/Index", "/Coverage?handler=Target", "POST"),
            AccessRow.LeadsOnly("/Delivery/Index", "/Delivery"),
            AccessRow.LeadsOnly("/Delivery/Index", "/Delivery?handler=Csv"),
            AccessRow.LeadsOnly("/Delivery/Index", "/Delivery?handler=Xlsx"),
        ]);
}
