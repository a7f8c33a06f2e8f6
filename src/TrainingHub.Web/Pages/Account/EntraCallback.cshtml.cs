using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

/// <summary>
/// Where an Entra ID sign-in ends: the validated external sign-in is linked to the person's account and becomes a
/// portal session, or the person is told plainly why not. Nothing here trusts the query string except the reason
/// code of a failure, which only picks a message.
/// </summary>
[AllowAnonymous]
public class EntraCallbackModel(SignInMethods methods, EntraIdAccounts accounts, ILogger<EntraCallbackModel> logger) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string? returnUrl, string? problem)
    {
        if (!methods.EntraId) return NotFound();
        if (problem is not null) return Refuse(problem);
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || EntraIdentity.From(external.Principal) is not { } who) return Refuse("interrupted");

        var outcome = await accounts.SignInAsync(who);
        if (outcome == EntraSignInOutcome.SignedIn) return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        logger.LogWarning("Entra ID sign-in of {LoginKey} refused: {Outcome}", who.LoginKey, outcome);
        return Refuse(outcome.ToString(), who.VerifiedEmail);
    }

    private PageResult Refuse(string reason, string? email = null)
    {
        (Heading, Explanation) = RefusalText.For(reason, email);
        return Page();
    }
}

/// <summary>What a refused Entra ID sign-in tells the person, by reason.</summary>
public static class RefusalText
{
    public static (string Heading, string Explanation) For(string reason, string? email) => reason switch
    {
        nameof(EntraSignInOutcome.NoAccount) => ("There is no TrainingHub account for you",
            $"No one in TrainingHub has the work email address {email}. Ask your programme lead to add you with this address, then sign in again."),
        nameof(EntraSignInOutcome.NoVerifiedEmail) => ("We could not confirm your work email address",
            "Your organisation account did not give TrainingHub a verified work email address, so we cannot tell which account is yours. Ask your programme lead."),
        nameof(EntraSignInOutcome.SwitchedOff) => ("Your TrainingHub account is switched off",
            "A programme lead has switched off your account. Ask a programme lead if you need it again."),
        nameof(EntraSignInOutcome.LinkedToAnother) => ("This TrainingHub account belongs to a different organisation account",
            "The TrainingHub account with your work email address is already linked to another organisation account. Ask your programme lead to check who the account belongs to."),
        "cancelled" => ("You did not finish signing in", "Signing in with your organisation account was cancelled. You can try again."),
        "unavailable" => ("Your organisation's sign-in is not available",
            "TrainingHub could not reach your organisation's sign-in service. Try again in a few minutes."),
        "interrupted" => ("Your sign-in did not finish", "Signing in was interrupted or took too long. Start again from the sign-in page."),
        _ => ("We could not confirm your sign-in",
            "Your organisation's answer could not be confirmed, so you have not been signed in. Try again; if it keeps happening, tell your programme lead."),
    };
}
