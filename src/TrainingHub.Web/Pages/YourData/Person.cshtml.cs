using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.PersonalData;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>A lead produces a person's data on their request (a subject access request); each copy produced is recorded.</summary>
public class PersonModel(TrainingHubDbContext db, PersonalDataExport export, TrainingHub.Web.Audit.AuditLog audit, TimeProvider clock) : PageModel
{
    public int PersonId { get; private set; }
    public string Name { get; private set; } = "";
    public IReadOnlyList<PersonalDataExport.ExportedSection> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ProduceAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnGetJsonAsync(int id, CancellationToken ct)
    {
        if (!await ProduceAsync(id, ct)) return NotFound();
        return PersonalDataFile.For(id, Sections, clock.GetUtcNow());
    }

    private async Task<bool> ProduceAsync(int id, CancellationToken ct)
    {
        if (await db.People.FindAsync([id], ct) is not { } person) return false;
        db.PersonalDataRequests.Add(new PersonalDataRequest
        {
            Kind = PersonalDataRequestKind.Access, PersonId = id, ActedByPersonId = User.PersonId()!.Value, At = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        await audit.ReadAsync("a copy of their data (subject access request)", id);
        PersonId = id;
        Name = person.FullName;
        Sections = await export.ForAsync(id, ct);
        return true;
    }
}
