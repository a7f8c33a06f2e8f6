using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace TrainingHub.Web.SignIn.EntraId;

/// <summary>
/// The portal's rules about who gets in, in one place, run once Identity.Web and the handler have accepted the
/// token (signature, issuer, audience, lifetime, nonce): the tenant must be ours; the person is found by link or verified email; a switched-off person, an
/// unverified email or an account linked to another Entra identity is refused on a page that says so; someone
/// not yet known may register themselves where that is allowed. Nobody refused here is signed in.
/// </summary>
public static class EntraIdSignInRules
{
    public const string RefusedEmailKey = "EntraId.RefusedEmail";
    public const string RegistrationPage = "/Account/Register";

    public static async Task ApplyAsync(TicketReceivedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var registration = services.GetRequiredService<PortalAuthenticationOptions>().EntraId!;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraIdSignInRules));
        if (EntraIdentity.From(context.Principal!) is not { } who || who.TenantId != registration.Tenant)
        {
            logger.LogWarning("Entra ID sign-in refused: the token names no tenant, or not the configured one");
            Refuse(context, "refused");
            return;
        }
        var accounts = services.GetRequiredService<EntraIdAccounts>();
        var (outcome, user) = await accounts.FindAsync(who);
        if (outcome == EntraSignInOutcome.NotYetKnown && registration.SelfRegistration)
        {
            KeepForRegistration(context, who);
            return;
        }
        if (user is null)
        {
            if (outcome == EntraSignInOutcome.NotYetKnown) outcome = EntraSignInOutcome.NoAccount;
            logger.LogWarning("Entra ID sign-in of {LoginKey} refused: {Outcome}", who.LoginKey, outcome);
            Refuse(context, outcome.ToString(), who.VerifiedEmail);
            return;
        }
        await accounts.SignInAsync(user, who, context.Principal!);
        context.HandleResponse();
        context.Response.Redirect(LocalOrHome(context.ReturnUri));
    }

    /// <summary>Only who they are rides in the short-lived external cookie to the registration page; no roles.</summary>
    private static void KeepForRegistration(TicketReceivedContext context, EntraIdentity who)
    {
        var claims = context.Principal!.Claims.Where(c => EntraIdentity.RegistrationClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value));
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, EntraIdOptions.Scheme, "name", "roles"));
        context.ReturnUri = $"{RegistrationPage}?returnUrl={Uri.EscapeDataString(LocalOrHome(context.ReturnUri))}";
    }

    private static void Refuse(TicketReceivedContext context, string reason, string? email = null)
    {
        if (email is not null)
        {
            var tempData = context.HttpContext.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context.HttpContext);
            tempData[RefusedEmailKey] = email;
            tempData.Save();
        }
        context.HandleResponse();
        context.Response.Redirect(EntraIdOptions.RefusalPath(reason));
    }

    /// <summary>The sign-in page only ever starts a challenge with a local address; the state protecting it is signed.</summary>
    private static string LocalOrHome(string? url) =>
        url is not null && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
