using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>The signed-in person's own sign-in: always their own account, never one named in the request.</summary>
public class SecurityModel(TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PortalPageModel
{
    public sealed class CodeInput
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The code is 6 digits, like 123456")]
        public string Code { get; set; } = "";
    }

    [BindProperty] public CodeInput Input { get; set; } = new();
    public bool TwoFactorOn { get; private set; }
    /// <summary>The shared key, in groups of four, for typing into an authenticator app.</summary>
    public string? SharedKey { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostEnableTwoFactorAsync()
    {
        if (await LoadAsync() is not { } user) return Forbid();
        if (!ModelState.IsValid) return Page();
        var code = Input.Code.Replace(" ", "").Trim();
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "That code is not right. Check the key you typed and try the newest code");
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        if (await LoadAsync() is not { } user) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await LoadAsync() is not { } user) return Forbid();
        // A new stamp makes every other session's cookie stale at its next check.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    private async Task<PortalUser?> LoadAsync()
    {
        var personId = User.PersonId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null) return null;
        TwoFactorOn = user.TwoFactorEnabled;
        if (!TwoFactorOn)
        {
            var key = await users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
            }
            SharedKey = string.Join(" ", key!.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        }
        return user;
    }
}
