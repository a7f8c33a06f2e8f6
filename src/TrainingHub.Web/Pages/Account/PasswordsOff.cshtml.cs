using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace TrainingHub.Web.Pages.Account;

/// <summary>Where the password pages send people when local accounts are switched off.</summary>
[AllowAnonymous]
public class PasswordsOffModel : PageModel
{
    public void OnGet() { }
}
