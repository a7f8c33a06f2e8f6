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
            AccessRow.Public("/Account/AcceptInvitation", "/Account/AcceptInvitation?email=a%40nhs.example&token=x"),
            AccessRow.Public("/Account/AcceptInvitation", "/Account/AcceptInvitation", "POST"),
            AccessRow.LeadsOnly("/People/Invite", "/People/Invite"),
            AccessRow.LeadsOnly("/People/Invite", "/People/Invite", "POST"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security?handler=SignOutEverywhere", "POST"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security?handler=EnableTwoFactor", "POST"),
            AccessRow.SignedIn("/Account/Security", "/Account/Security?handler=DisableTwoFactor", "POST"),
            // Only someone with a password can change it; the matrix's people sign in without one (YourSignInSessionsTests has both).
            new("/Account/ChangePassword", "/Account/ChangePassword", Access.SignIn, Access.Forbidden, Access.Forbidden, Access.Forbidden, Access.Forbidden),
            AccessRow.SignedIn("/Account/ChangePassword", "/Account/ChangePassword", "POST"),
            // Without a password step just passed there is nothing to verify: back to sign-in, whoever asks.
            new("/Account/TwoFactor", "/Account/TwoFactor", Access.SignIn, Access.SignIn, Access.SignIn, Access.SignIn, Access.SignIn),
            AccessRow.Public("/Account/TwoFactor", "/Account/TwoFactor", "POST"),
            AccessRow.Public("/Account/PasswordsOff", "/Account/PasswordsOff"),
            AccessRow.Public("/Privacy/Index", "/Privacy"),
            // Entra ID sign-in exists only where a tenant is configured (EntraIdSignInTests); the matrix's portal has none.
            new("/Account/SignIn", "/Account/SignIn?handler=EntraId", Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound),
            new("/Account/EntraRefused", "/Account/EntraRefused", Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound),
            // Registering yourself needs a tenant and a fresh Entra sign-in (EntraIdRegistrationTests); no one reaches it here.
            new("/Account/Register", "/Account/Register", Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound, Access.NotFound),
            AccessRow.Public("/Account/Register", "/Account/Register", "POST"),
        ]);
}
