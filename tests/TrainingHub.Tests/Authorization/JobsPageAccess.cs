using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class JobsPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.LeadsOnly("/Jobs/Index", "/Jobs"),
            AccessRow.LeadsOnly("/Jobs/Index", "/Jobs?handler=Run&job=notifications.booking-messages", "POST"),
        ]);
}
