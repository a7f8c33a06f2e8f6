using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Account;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.People;

public class InviteModel(Invitations invitations, AccountMail mail) : PortalPageModel
{
    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Enter their first name"), StringLength(100, ErrorMessage = "First name must be 100 characters or fewer")]
        public string GivenName { get; set; } = "";

        [Required(ErrorMessage = "Enter their last name"), StringLength(100, ErrorMessage = "Last name must be 100 characters or fewer")]
        public string FamilyName { get; set; } = "";

        [Required(ErrorMessage = "Enter their work email address")]
        [EmailAddress(ErrorMessage = "Enter an email address in the right format, like name@nhs.net")]
        [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
        public string Email { get; set; } = "";

        public ProfessionalRole ProfessionalRole { get; set; } = ProfessionalRole.Other;

        [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
        public string? Organisation { get; set; }
    }

    [BindProperty] public InviteInput Input { get; set; } = new();
    public string? InvitedEmail { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return Page();
        var (outcome, user) = await invitations.AddAsync(new InvitationRequest(
            Input.GivenName, Input.FamilyName, Input.Email, Input.ProfessionalRole, Input.Organisation));
        if (outcome == InvitationOutcome.AlreadyInPortal)
        {
            ModelState.AddModelError("Input.Email", "Someone with this email address is already in the portal");
            return Page();
        }
        await mail.SendInvitationAsync(user!, User.Identity?.Name ?? "A programme lead", Url, Request.Scheme, cancellationToken);
        InvitedEmail = user!.Email;
        Input = new InviteInput();
        ModelState.Clear();
        return Page();
    }
}
