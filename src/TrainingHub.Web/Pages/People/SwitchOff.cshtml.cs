using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.People;

/// <summary>The confirmation page before a lead switches someone's account off: what stops, what stays.</summary>
public class SwitchOffModel(TrainingHubDbContext db, AccountSwitch accounts) : PortalPageModel
{
    public int PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public bool IsActive { get; private set; }
    public string? Refusal => PersonId == User.PersonId() ? "You cannot switch off your own account" : null;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id)) return NotFound();
        if (Refusal is { } refusal)
        {
            ModelState.AddModelError("", refusal);
            return Page();
        }
        await accounts.SetActiveAsync(id, active: false);
        TempData["Saved"] = "Account switched off: they are signed out within a minute";
        return RedirectToPage("Details", new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.GivenName, p.FamilyName, p.IsActive }).FirstOrDefaultAsync();
        if (person is null) return false;
        (PersonId, Name, IsActive) = (id, $"{person.GivenName} {person.FamilyName}", person.IsActive);
        return true;
    }
}
