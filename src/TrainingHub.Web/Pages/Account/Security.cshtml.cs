using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>The signed-in person's own sign-in: always their own account, never one named in the request.</summary>
public class SecurityModel(TrainingHubDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var personId = User.PersonId();
        var user = await db.Users.FirstOrDefaultAsync(u => u.PersonId == personId);
        if (user is null) return Forbid();
        // A new stamp makes every other session's cookie stale at its next check.
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
