using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.SignIn;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>The confirmation page before a lead revokes one of a person's roles: what they lose, and that it is recorded.</summary>
public class RevokeRoleModel(TrainingHubDbContext db, RoleGrants grants) : PortalPageModel
{
    public sealed record GrantView(int PersonId, string PersonName, string Role, string Where, bool ByDirectory, bool LastOfRole);

    public GrantView Grant { get; private set; } = null!;
    /// <summary>Why this lead may not revoke it (their own lead role), shown instead of the button.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int grantId) => await LoadAsync(id, grantId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, int grantId)
    {
        if (!await LoadAsync(id, grantId)) return NotFound();
        switch (await grants.RevokeAsync(id, grantId, User.PersonId()!.Value))
        {
            case RoleOutcome.NotFound:
                return NotFound();
            case RoleOutcome.Refused:
                ModelState.AddModelError("", Refusal!);
                return Page();
        }
        TempData["Saved"] = $"{PortalRoles.Name(Grant.Role)} role ({Grant.Where.ToLowerInvariant()}) revoked from {Grant.PersonName}";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id, int grantId)
    {
        var grant = await db.RoleGrants.AsNoTracking().Where(g => g.Id == grantId && g.PersonId == id)
            .Select(g => new
            {
                g.Role, g.ByDirectory, Name = db.People.Where(p => p.Id == id).Select(p => p.GivenName + " " + p.FamilyName).First(),
                Where = g.Place == null ? "Every place" : g.Place.Name,
                Others = db.RoleGrants.Count(o => o.PersonId == id && o.Role == g.Role && o.Id != g.Id),
            }).FirstOrDefaultAsync();
        if (grant is null) return false;
        Grant = new GrantView(id, grant.Name, grant.Role, grant.Where, grant.ByDirectory, grant.Others == 0);
        Refusal = RoleGrantRules.RefuseRevoke(grant.Role, id, User.PersonId()!.Value);
        return true;
    }
}
