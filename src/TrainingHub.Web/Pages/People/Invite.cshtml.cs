using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Pages.Account;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>A lead invites one person, with the practice they work in (chosen from the register) and their job role.</summary>
public class InviteModel(Invitations invitations, WorkplaceChoice workplaces) : PortalPageModel
{
    public sealed class InviteInput : NewPersonInput
    {
        [StringLength(200, ErrorMessage = "Organisation must be 200 characters or fewer")]
        public string? Organisation { get; set; }
    }

    [BindProperty] public InviteInput Input { get; set; } = new();
    [BindProperty] public WorkplaceInput Workplace { get; set; } = new();
    public IReadOnlyList<PracticeOption> Practices { get; private set; } = [];
    public string? InvitedEmail { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Workplace.Find)
        {
            ModelState.Clear();
            return await ShowAsync(cancellationToken);
        }
        var workplace = await workplaces.ReadAsync(Workplace, nameof(Workplace), ModelState, cancellationToken);
        if (!ModelState.IsValid || workplace is null) return await ShowAsync(cancellationToken);
        var (outcome, user) = await invitations.AddAsync(new InvitationRequest(
            Input.GivenName, Input.FamilyName, Input.Email, workplace.Role, Input.Organisation, workplace.PracticeId), User.PersonId());
        if (outcome == InvitationOutcome.AlreadyInPortal)
        {
            ModelState.AddModelError("Input.Email", "Someone with this email address is already in the portal");
            return await ShowAsync(cancellationToken);
        }
        InvitedEmail = user!.Email;
        Input = new InviteInput();
        Workplace = new WorkplaceInput();
        ModelState.Clear();
        return Page();
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Practices = await workplaces.OptionsAsync(Workplace.Search, int.TryParse(Workplace.Practice, out var id) ? id : null, ct);
        return Page();
    }
}
