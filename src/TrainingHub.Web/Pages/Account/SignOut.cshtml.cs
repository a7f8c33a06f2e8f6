using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

[AllowAnonymous]
public class SignOutModel(SignInManager<PortalUser> signIn, PortalAuthenticationOptions authentication) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var fromEntra = User.FindFirstValue(ClaimTypes.AuthenticationMethod) == EntraIdOptions.Scheme;
        await signIn.SignOutAsync();
        // A session that began at Entra ID ends there too, so the next person at a shared computer is asked who they are.
        if (fromEntra && authentication.EntraIdConfigured && authentication.EntraId!.SignOutOfEntra)
            return SignOut(new AuthenticationProperties { RedirectUri = "/" }, EntraIdOptions.Scheme);
        return Redirect("/");
    }
}
