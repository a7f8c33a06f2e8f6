using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

[AllowAnonymous]
public class SignInModel(
    SignInManager<PortalUser> signIn, UserManager<PortalUser> users, AccountMail mail, SignInMethods methods, TrainingHub.Web.Audit.AuditLog audit,
    ILogger<SignInModel> logger) : PortalPageModel
{
    /// <summary>One answer for a wrong password, an unknown address and a locked account, so the page never tells who has an account.</summary>
    public const string NotRight = "The email address or password is not right. After 5 wrong passwords in a row an account is locked for 15 minutes, and its owner is told by email.";

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your work email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@nhs.net")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public SignInInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public SignInMethods Methods => methods;

    public void OnGet() { }

    /// <summary>
    /// To the organisation's sign-in page. A link, not a form: the strict CSP's form-action 'self' would stop a form
    /// post from being redirected to another site. The correlation cookie and protected state tie the answer to this browser.
    /// </summary>
    public async Task<IActionResult> OnGetEntraIdAsync()
    {
        if (!methods.EntraId) return NotFound();
        var properties = new AuthenticationProperties { RedirectUri = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/" };
        try
        {
            // Challenged here rather than by a ChallengeResult, so an unreachable tenant gets a page, not an error.
            await HttpContext.ChallengeAsync(EntraIdOptions.Scheme, properties);
            return new EmptyResult();
        }
        catch (Exception problem) when (problem is InvalidOperationException or HttpRequestException or IOException)
        {
            logger.LogError(problem, "Entra ID could not be reached to begin a sign-in");
            return Redirect(EntraIdOptions.RefusalPath("unavailable"));
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!methods.Passwords) return RedirectToPage(PasswordsOnlyAttribute.RefusalPage);
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var lockedBefore = user is not null && await users.IsLockedOutAsync(user);
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });

        // The address is logged, never the password.
        logger.LogWarning("Sign-in failed for {Email}: {Outcome}", Input.Email,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account switched off" : "bad credentials");
        await audit.SignInFailedAsync(user?.PersonId, result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account switched off" : "wrong password or unknown address");
        if (result.IsLockedOut && user is not null && !lockedBefore) await mail.SendLockedOutAsync(user, Url, Request.Scheme, cancellationToken);
        ModelState.AddModelError("Input.Email", await SwitchedOffWithTheRightPasswordAsync(user, result)
            ? "This account has been switched off. Ask a programme lead if you need it again."
            : NotRight);
        return Page();
    }

    /// <summary>Only someone who knows the password learns that the account is switched off.</summary>
    private async Task<bool> SwitchedOffWithTheRightPasswordAsync(PortalUser? user, Microsoft.AspNetCore.Identity.SignInResult result) =>
        result.IsNotAllowed && user is not null && await users.CheckPasswordAsync(user, Input.Password);
}
