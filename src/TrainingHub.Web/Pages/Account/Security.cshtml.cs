using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>
/// The signed-in person's own sign-in: always their own account, never one named in the request. Reading the page
/// changes nothing that ends a session; turning two-step verification on or off and signing out everywhere change
/// the account's security stamp (ending every other session) and then sign this session in again on the new stamp.
/// </summary>
public class SecurityModel(TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    IUserStore<PortalUser> store, SignInMethods methods) : PortalPageModel
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
    /// <summary>Only a local account with a password can change it here; an organisation account changes it there.</summary>
    public bool CanChangePassword { get; private set; }
    [TempData] public string? Changed { get; set; }

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
        Changed = "Two-step verification is on. Any other sessions signed in as you have been ended";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        if (await LoadAsync() is not { } user) return Forbid();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        Changed = "Two-step verification is off. Any other sessions signed in as you have been ended";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        if (await LoadAsync() is not { } user) return Forbid();
        // A new stamp makes every other session's cookie stale at its next check; this one is signed in on the new stamp.
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        Changed = "Every other session signed in as you has been ended. You are still signed in here";
        return RedirectToPage();
    }

    private async Task<PortalUser?> LoadAsync()
    {
        var personId = User.PersonId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null) return null;
        TwoFactorOn = user.TwoFactorEnabled;
        CanChangePassword = methods.Passwords && await users.HasPasswordAsync(user);
        if (!TwoFactorOn)
        {
            var key = await users.GetAuthenticatorKeyAsync(user) ?? await FirstKeyAsync(user);
            SharedKey = string.Join(" ", key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        }
        return user;
    }

    /// <summary>
    /// The first authenticator key, stored without a new security stamp (UserManager's reset would end every
    /// session of this person, this one included, just for looking at the page). A key nobody has used yet
    /// protects nothing, so nothing needs ending; turning two-step verification on changes the stamp.
    /// </summary>
    private async Task<string> FirstKeyAsync(PortalUser user)
    {
        var key = users.GenerateNewAuthenticatorKey();
        await ((IUserAuthenticatorKeyStore<PortalUser>)store).SetAuthenticatorKeyAsync(user, key, HttpContext.RequestAborted);
        try
        {
            await db.SaveChangesAsync();
            return key;
        }
        catch (DbUpdateException)
        {
            // The same page opened twice at once: the other request stored its key first, so show that one.
            db.ChangeTracker.Clear();
            var stored = await db.Users.FirstAsync(u => u.Id == user.Id);
            return (await users.GetAuthenticatorKeyAsync(stored))!;
        }
    }
}
