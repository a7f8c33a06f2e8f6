using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>
/// A signed-in person changes their own password, knowing the current one. Every other session signed in as them
/// ends; this one stays signed in. Only for local accounts with a password (organisation accounts change theirs there).
/// </summary>
[PasswordsOnly]
public class ChangePasswordModel(TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    ILogger<ChangePasswordModel> logger) : PortalPageModel
{
    /// <remarks>
    /// Named so that the model state, which orders its keys by length and then alphabetically, lists the errors in
    /// the order of the fields: the error summary reads it in that order.
    /// </remarks>
    public sealed class ChangePasswordInput
    {
        /// <summary>The current password.</summary>
        public string? Current { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }

        /// <summary>What is missing or does not match, in the order of the fields, as the error summary lists them.</summary>
        public IEnumerable<(string Field, string Message)> Problems()
        {
            if (string.IsNullOrEmpty(Current)) yield return (nameof(Current), "Enter your current password");
            if (string.IsNullOrEmpty(NewPassword)) yield return (nameof(NewPassword), "Enter a new password");
            if (string.IsNullOrEmpty(ConfirmPassword)) yield return (nameof(ConfirmPassword), "Type the new password again");
            else if (!string.IsNullOrEmpty(NewPassword) && NewPassword != ConfirmPassword) yield return (nameof(ConfirmPassword), "The two passwords are not the same");
        }
    }

    [BindProperty] public ChangePasswordInput Input { get; set; } = new();
    [TempData] public string? Changed { get; set; }

    public async Task<IActionResult> OnGetAsync() => await PasswordAccountAsync() is null ? Forbid() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await PasswordAccountAsync() is not { } user) return Forbid();
        foreach (var (field, message) in Input.Problems()) ModelState.AddModelError($"Input.{field}", message);
        if (!ModelState.IsValid) return Page();
        var result = await users.ChangePasswordAsync(user, Input.Current!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            logger.LogWarning("Password change refused for person {PersonId}: {Codes}", user.PersonId, string.Join(", ", result.Errors.Select(e => e.Code)));
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ModelState.AddModelError("Input.Current", "Your current password is not right");
                else ModelState.AddModelError("Input.NewPassword", error.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        Changed = "Your password has been changed. Any other sessions signed in as you have been ended";
        return RedirectToPage("/Account/Security");
    }

    private async Task<PortalUser?> PasswordAccountAsync()
    {
        var personId = User.PersonId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        return user is not null && await users.HasPasswordAsync(user) ? user : null;
    }
}
