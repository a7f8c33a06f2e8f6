using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.People;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Account;

/// <summary>The signed-in person corrects their own practice and job role: always their own, never one named in the request.</summary>
public class PracticeModel(WorkplaceChoice workplaces, PracticeMemberships memberships, PracticeHistory history) : PortalPageModel
{
    [BindProperty] public WorkplaceInput Workplace { get; set; } = new();
    public IReadOnlyList<PracticeOption> Practices { get; private set; } = [];
    public PracticeHistory.Current? Current { get; private set; }
    public IReadOnlyList<PracticeHistoryRow> Changes { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        Saved = saved;
        Workplace = WorkplaceChoice.InputFor(Current!.PracticeId, Current.Role);
        Practices = await workplaces.OptionsAsync(null, Current.PracticeId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return Forbid();
        if (!Workplace.Find && await workplaces.ReadAsync(Workplace, nameof(Workplace), ModelState, ct) is { } workplace)
        {
            var (outcome, reason) = await memberships.ChangeAsync(User.PersonId()!.Value, workplace, User.PersonId(), PracticeChangeSource.Themselves, ct);
            if (outcome != MembershipOutcome.Refused) return RedirectToPage(new { saved = outcome == MembershipOutcome.Changed });
            ModelState.AddModelError("Workplace.Practice", reason!);
        }
        Practices = await workplaces.OptionsAsync(Workplace.Search, int.TryParse(Workplace.Practice, out var chosen) ? chosen : null, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (User.PersonId() is not { } personId) return false;
        Current = await history.CurrentAsync(personId, ct);
        if (Current is null) return false;
        Changes = await history.ForAsync(personId, ct);
        return true;
    }
}
