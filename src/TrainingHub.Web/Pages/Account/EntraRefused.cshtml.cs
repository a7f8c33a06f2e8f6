using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

/// <summary>
/// Where a refused Entra ID sign-in ends: the person is told plainly why they are not signed in. The reason code in
/// the query only picks a message; the address named comes from the sign-in itself (kept for one request).
/// </summary>
[AllowAnonymous]
public class EntraRefusedModel(SignInMethods methods) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public IActionResult OnGet(string? problem)
    {
        if (!methods.EntraId) return NotFound();
        var email = TempData[EntraIdSignInRules.RefusedEmailKey] as string;
        (Heading, Explanation) = RefusalText.For(problem ?? "interrupted", email);
        return Page();
    }
}

/// <summary>What a refused Entra ID sign-in tells the person, by reason.</summary>
public static class RefusalText
{
    public static (string Heading, string Explanation) For(string reason, string? email) => reason switch
    {
        nameof(EntraSignInOutcome.NoAccount) => ("There is no TrainingHub account for you",
            email is null
                ? "No one in TrainingHub has your work email address. Ask your programme lead to add you, then sign in again."
                : $"No one in TrainingHub has the work email address {email}. Ask your programme lead to add you with this address, then sign in again."),
        nameof(EntraSignInOutcome.NoVerifiedEmail) => ("We could not confirm your work email address",
            "Your organisation account did not give TrainingHub a verified work email address, so we cannot tell which account is yours. Ask your programme lead."),
        nameof(EntraSignInOutcome.SwitchedOff) => ("Your TrainingHub account is switched off",
            "A programme lead has switched off your account. Ask a programme lead if you need it again."),
        nameof(EntraSignInOutcome.LinkedToAnother) => ("This TrainingHub account belongs to a different organisation account",
            "The TrainingHub account with your work email address is already linked to another organisation account. Ask your programme lead to check who the account belongs to."),
        "AlreadyRegistered" => ("Your work email address already has a TrainingHub account",
            "Someone added your work email address to TrainingHub while you were registering. Sign in again to use that account."),
        "cancelled" => ("You did not finish signing in", "Signing in with your organisation account was cancelled. You can try again."),
        "unavailable" => ("Your organisation's sign-in is not available",
            "TrainingHub could not reach your organisation's sign-in service. Try again in a few minutes."),
        "interrupted" => ("Your sign-in did not finish", "Signing in was interrupted or took too long. Start again from the sign-in page."),
        _ => ("We could not confirm your sign-in",
            "Your organisation's answer could not be confirmed, so you have not been signed in. Try again; if it keeps happening, tell your programme lead."),
    };
}
