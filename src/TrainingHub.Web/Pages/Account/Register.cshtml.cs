using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;
using TrainingHub.Web.SignIn.EntraId;

namespace TrainingHub.Web.Pages.Account;

/// <summary>
/// Someone new, just signed in with their organisation account, tells the programme where they work. Who they are
/// comes only from the short-lived external sign-in the tenant vouched for, never from the form.
/// </summary>
[AllowAnonymous]
public class RegisterModel(SelfRegistration registration, EntraIdAccounts accounts, PortalAuthenticationOptions authentication, ILogger<RegisterModel> logger)
    : PortalPageModel
{
    public sealed class RegisterInput
    {
        [Required(ErrorMessage = "Enter your first name"), StringLength(100, ErrorMessage = "First name must be 100 characters or fewer")]
        public string GivenName { get; set; } = "";

        [Required(ErrorMessage = "Enter your last name"), StringLength(100, ErrorMessage = "Last name must be 100 characters or fewer")]
        public string FamilyName { get; set; } = "";

        [Required(ErrorMessage = "Choose the practice you work in")]
        public int? PracticeId { get; set; }

        [Required(ErrorMessage = "Choose your job role")]
        public ProfessionalRole? Role { get; set; }
    }

    [BindProperty] public RegisterInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string Email { get; private set; } = "";
    public List<PracticeChoice> Practices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await NewcomerAsync() is not { } who) return Interrupted();
        Email = who.Identity.VerifiedEmail!;
        (Input.GivenName, Input.FamilyName) = SplitName(who.Identity.Name);
        Practices = await registration.FindPracticesAsync(Search);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await NewcomerAsync() is not { } who) return Interrupted();
        Email = who.Identity.VerifiedEmail!;
        if (!ModelState.IsValid) return await ShowAgainAsync();
        var input = new RegistrationInput(Input.GivenName, Input.FamilyName, Input.PracticeId!.Value, Input.Role!.Value);
        var (outcome, user) = await registration.RegisterAsync(who.Identity, input);
        switch (outcome)
        {
            case RegistrationOutcome.NoSuchPractice:
                ModelState.AddModelError("Input.PracticeId", "Choose a practice from the list");
                return await ShowAgainAsync();
            case RegistrationOutcome.PracticeClosed:
                ModelState.AddModelError("Input.PracticeId", "That practice has closed or left the programme's area. Choose the practice you work in now");
                return await ShowAgainAsync();
            case RegistrationOutcome.AlreadyKnown:
                await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
                return Redirect(EntraIdOptions.RefusalPath("AlreadyRegistered"));
        }
        logger.LogInformation("Person registered themselves through Entra ID as {LoginKey}", who.Identity.LoginKey);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        await accounts.SignInAsync(user!, who.Identity, who.Principal, syncRoles: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>The form's fields top to bottom, so the error summary follows them.</summary>
    public static readonly string[] FieldOrder = ["Input.GivenName", "Input.FamilyName", "Input.PracticeId", "Input.Role"];

    public static IEnumerable<(ProfessionalRole Role, string Words)> Roles =>
        Enum.GetValues<ProfessionalRole>().Select(r => (r, Domain.DisplayNames.Of(r)));

    private async Task<IActionResult> ShowAgainAsync()
    {
        Practices = await registration.FindPracticesAsync(Search);
        return Page();
    }

    /// <summary>The external sign-in the tenant just vouched for, with a verified email, where registering is allowed.</summary>
    private async Task<(EntraIdentity Identity, ClaimsPrincipal Principal)?> NewcomerAsync()
    {
        if (!authentication.EntraIdConfigured || !authentication.EntraId!.SelfRegistration) return null;
        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded || EntraIdentity.From(external.Principal) is not { VerifiedEmail: not null } who) return null;
        return who.TenantId == authentication.EntraId.Tenant ? (who, external.Principal) : null;
    }

    private IActionResult Interrupted() =>
        authentication.EntraIdConfigured && authentication.EntraId!.SelfRegistration ? Redirect(EntraIdOptions.RefusalPath("interrupted")) : NotFound();

    private static (string Given, string Family) SplitName(string? name)
    {
        var parts = (name ?? "").Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length switch { 0 => ("", ""), 1 => (parts[0], ""), _ => (parts[0], parts[1]) };
    }
}
