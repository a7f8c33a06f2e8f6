using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

[AllowAnonymous]
[PasswordsOnly]
public class ForgotPasswordModel(AccountMail mail) : PortalPageModel
{
    public sealed class ForgotPasswordInput
    {
        [Required(ErrorMessage = "Enter your work email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@nhs.net")]
        public string Email { get; set; } = "";
    }

    [BindProperty] public ForgotPasswordInput Input { get; set; } = new();
    public bool Sent { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        // The same answer whether or not the address has an account, so the form cannot be used to find accounts.
        await mail.SendPasswordResetAsync(Input.Email.Trim(), Url, Request.Scheme, cancellationToken);
        Sent = true;
        return Page();
    }
}
