using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>The invitation link's page: the invited person chooses their first password, once.</summary>
[AllowAnonymous]
[PasswordsOnly]
public class AcceptInvitationModel(UserManager<PortalUser> users, ILogger<AcceptInvitationModel> logger) : NewPasswordPageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.FindByEmailAsync(Input.Email);
        // Setting the password renews the security stamp, which retires the token: the link works once.
        var valid = user is not null && !await users.HasPasswordAsync(user) &&
                    await users.VerifyUserTokenAsync(user, TokenOptions.DefaultProvider, AccountMail.InvitationPurpose, AccountTokens.Decode(Input.Token));
        if (!valid)
        {
            logger.LogWarning("Invitation link refused for {Email}", Input.Email);
            ModelState.AddModelError("Input.Password", "This invitation has expired or has already been used. Ask a programme lead to invite you again.");
            return Page();
        }
        var result = await users.AddPasswordAsync(user!, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError("Input.Password", error.Description);
            return Page();
        }
        user!.EmailConfirmed = true;
        await users.UpdateAsync(user);
        Done = true;
        return Page();
    }
}
