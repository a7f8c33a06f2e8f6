using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Authorization;

public sealed class AccountPageAccess : PageAccess
{
    public override Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory) =>
        Task.FromResult<IEnumerable<AccessRow>>(
        [
            AccessRow.Public("/Account/ForgotPassword", "/Account/ForgotPassword"),
            AccessRow.Public("/Account/ForgotPassword", "/Account/ForgotPassword", "POST"),
            AccessRow.Public("/Account/ResetPassword", "/Account/ResetPassword?email=a%40nhs.example&token=x"),
            AccessRow.Public("/Account/ResetPassword", "/Account/ResetPassword", "POST"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security?handler=SignOutEverywhere", "POST"),
        ]);
}
