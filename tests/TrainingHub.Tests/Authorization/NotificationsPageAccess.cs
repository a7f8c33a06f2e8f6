using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class NotificationsPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.SignedIn("/Preferences/Index", "/Preferences"),
            AccessRow.SignedIn("/Preferences/Index", "/Preferences") with { Method = "POST" },
            AccessRow.LeadsOnly("/Outbox/Index", "/Outbox"),
            AccessRow.LeadsOnly("/Outbox/Templates", "/Outbox/Templates"),
            AccessRow.LeadsOnly("/Outbox/Index", "/Outbox?handler=Resend&id=0", "POST"),
        ]);
}
