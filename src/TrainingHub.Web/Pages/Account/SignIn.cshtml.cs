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
public class SignInModel(SignInManager<PortalUser> signIn, SignInMethods methods, ILogger<SignInModel> logger) : PortalPageModel
{
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
    public IActionResult OnGetEntraId()
    {
        if (!methods.EntraId) return NotFound();
        var finish = Url.Page(EntraIdOptions.FinishPage, new { ReturnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null });
        return Challenge(new AuthenticationProperties { RedirectUri = finish }, EntraIdOptions.Scheme);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!methods.Passwords) return RedirectToPage(PasswordsOnlyAttribute.RefusalPage);
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/TwoFactor", new { ReturnUrl });

        // The address is logged, never the password.
        logger.LogWarning("Sign-in failed for {Email}: {Outcome}", Input.Email,
            result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "account switched off" : "bad credentials");
        ModelState.AddModelError("Input.Email",
            result.IsLockedOut ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : result.IsNotAllowed ? "This account has been switched off. Ask a programme lead if you need it again."
            : "The email address or password is not right");
        return Page();
    }
}
