using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>A signed-in person's own data: only ever their own, so the page takes no person from the request.</summary>
public class IndexModel(PersonalDataExport export, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PersonalDataExport.ExportedSection> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.PersonId() is not { } personId) return Forbid();
        Sections = await export.ForAsync(personId, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(CancellationToken ct)
    {
        if (User.PersonId() is not { } personId) return Forbid();
        return PersonalDataFile.For(personId, await export.ForAsync(personId, ct), clock.GetUtcNow());
    }
}
