using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

[AllowAnonymous]
[PasswordsOnly]
public class ResetPasswordModel(UserManager<PortalUser> users, ILogger<ResetPasswordModel> logger) : NewPasswordPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, AccountTokens.Decode(Input.Token), Input.Password);
        if (result.Succeeded)
        {
            Done = true;
            return Page();
        }
        logger.LogWarning("Password reset refused for {Email}: {Codes}", Input.Email, string.Join(", ", result.Errors.Select(e => e.Code)));
        foreach (var error in result.Errors)
            ModelState.AddModelError("Input.Password", error.Code == "InvalidToken"
                ? "This link has expired or has already been used. Ask for a new one from the sign-in page."
                : error.Description);
        return Page();
    }
}
