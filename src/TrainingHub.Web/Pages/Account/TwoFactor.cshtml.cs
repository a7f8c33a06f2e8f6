using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>The second step of sign-in, for people who turned on two-step verification.</summary>
[AllowAnonymous]
[PasswordsOnly]
public class TwoFactorModel(SignInManager<PortalUser> signIn, TrainingHub.Web.Audit.AuditLog audit, ILogger<TwoFactorModel> logger) : PortalPageModel
{
    [BindProperty] public SecurityModel.CodeInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return RedirectToPage("/Account/SignIn");
        if (!ModelState.IsValid) return Page();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Input.Code.Replace(" ", "").Trim(), isPersistent: false, rememberClient: false);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        await audit.SignInFailedAsync(user.PersonId, result.IsLockedOut ? "locked out at the two-step code" : "wrong two-step code");
        logger.LogWarning("Two-step code refused: {Outcome}", result.IsLockedOut ? "locked out" : "wrong code");
        ModelState.AddModelError("Input.Code", result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "That code is not right. Try the newest code from your app");
        return Page();
    }
}
