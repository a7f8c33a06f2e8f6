using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.SignIn;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>A person's roles for a lead: grant, revoke and switch the account off (each through its confirmation page), switch it back on. The actor is always the signed-in lead.</summary>
public class DetailsModel(
    TrainingHubDbContext db, RoleGrants grants, WorkplaceChoice workplaces, PracticeMemberships memberships,
    PracticeHistory history, AccountSwitch accounts, TrainingHub.Web.Audit.AuditLog audit) : PortalPageModel
{
    public sealed class GrantInput
    {
        public string Role { get; set; } = "";
        public int? PlaceId { get; set; }
    }

    public sealed record PersonView(int Id, string Name, string Email, bool IsActive);
    public sealed record GrantView(int Id, string Role, string Where);
    public sealed record ChangeView(DateTimeOffset At, string What, string By);

    [BindProperty] public GrantInput Input { get; set; } = new();
    [BindProperty] public WorkplaceInput Workplace { get; set; } = new();
    [TempData] public string? Saved { get; set; }
    public IReadOnlyList<PracticeOption> Practices { get; private set; } = [];
    public PracticeHistory.Current? CurrentWorkplace { get; private set; }
    public IReadOnlyList<PracticeHistoryRow> PracticeChanges { get; private set; } = [];
    public PersonView? Person { get; private set; }
    public List<GrantView> Grants { get; private set; } = [];
    public List<ChangeView> Changes { get; private set; } = [];
    public List<(int Id, string Name)> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (id != User.PersonId()) await audit.ReadAsync("their person page", id);
        return Page();
    }

    /// <summary>A lead moves the person to a practice (or none) and role; leads cover every place, so any person.</summary>
    public async Task<IActionResult> OnPostWorkplaceAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Workplace.Find) return await ShowWorkplaceAsync(ct);
        if (await workplaces.ReadAsync(Workplace, nameof(Workplace), ModelState, ct) is not { } workplace) return await ShowWorkplaceAsync(ct);
        var (outcome, reason) = await memberships.ChangeAsync(id, workplace, User.PersonId(), PracticeChangeSource.Lead, ct);
        if (outcome == MembershipOutcome.Refused)
        {
            ModelState.AddModelError("Workplace.Practice", reason!);
            return await ShowWorkplaceAsync(ct);
        }
        Saved = outcome == MembershipOutcome.Changed ? "Practice and job role saved" : "Practice and job role unchanged";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> ShowWorkplaceAsync(CancellationToken ct)
    {
        Practices = await workplaces.OptionsAsync(Workplace.Search, int.TryParse(Workplace.Practice, out var chosen) ? chosen : null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostGrantAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (RoleGrantRules.RefuseGrant(Input.Role, Input.PlaceId) is { } refusal) return Refuse("Input.Role", refusal);
        if (Input.PlaceId is { } placeId && !Places.Any(p => p.Id == placeId)) return Refuse("Input.PlaceId", "Choose a place from the list");
        var outcome = await grants.GrantAsync(id, Input.Role, Input.PlaceId, User.PersonId()!.Value);
        if (outcome == RoleOutcome.AlreadyHeld) return Refuse("Input.Role", "They already have this role there");
        Saved = $"{PortalRoles.Name(Input.Role)} role granted";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSwitchOnAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        await accounts.SetActiveAsync(id, active: true);
        Saved = "Account switched on";
        return RedirectToPage(new { id });
    }

    private IActionResult Refuse(string key, string message)
    {
        ModelState.AddModelError(key, message);
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        Person = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PersonView(p.Id, p.GivenName + " " + p.FamilyName, p.WorkEmail, p.IsActive)).FirstOrDefaultAsync();
        if (Person is null) return false;
        CurrentWorkplace = await history.CurrentAsync(id);
        PracticeChanges = await history.ForAsync(id);
        // Every handler but the workplace form's own shows the form as the person stands now.
        if (Request.Query["handler"] != "Workplace")
        {
            Workplace = WorkplaceChoice.InputFor(CurrentWorkplace!.PracticeId, CurrentWorkplace.Role);
            Practices = await workplaces.OptionsAsync(null, CurrentWorkplace.PracticeId);
        }
        Places = (await db.Places.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync()).Select(p => (p.Id, p.Name)).ToList();
        Grants = await db.RoleGrants.AsNoTracking().Where(g => g.PersonId == id).OrderBy(g => g.Role)
            .Select(g => new GrantView(g.Id, g.Role, g.Place == null ? "Every place" : g.Place.Name)).ToListAsync();
        var changes = await db.RoleChanges.AsNoTracking().Where(c => c.PersonId == id).OrderByDescending(c => c.Id).Take(50)
            .Join(db.People, c => c.ActorPersonId, a => a.Id, (c, a) => new { c.At, c.Kind, c.Role, c.PlaceId, By = c.ByDirectory ? "Organisation directory (Entra ID), at sign-in" : a.GivenName + " " + a.FamilyName })
            .ToListAsync();
        Changes = changes.Select(c => new ChangeView(c.At, $"{c.Kind} {PortalRoles.Name(c.Role)}{(c.PlaceId is { } p ? " for " + Places.FirstOrDefault(x => x.Id == p).Name : "")}", c.By)).ToList();
        return true;
    }
}
