using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Pages.Facilitation;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.YourPractice;

/// <summary>Practice staff see who their practice's facilitator is and how to reach them.</summary>
public class FacilitatorModel(TrainingHubDbContext db, Caseloads caseloads) : PageModel
{
    public sealed record Contact(string Name, string WorkEmail, DateOnly Since);

    public string? Practice { get; private set; }
    public IReadOnlyList<Contact> Facilitators { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var personId = User.PersonId();
        var practiceId = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.PracticeId).FirstOrDefaultAsync();
        if (practiceId is not { } id) return;
        Practice = await caseloads.PracticeNameAsync(id);
        Facilitators = await caseloads.CurrentOn(caseloads.Today).Where(a => a.PracticeId == id)
            .OrderBy(a => a.StartsOn)
            .Select(a => new Contact(a.Facilitator!.GivenName + " " + a.Facilitator.FamilyName, a.Facilitator.WorkEmail, a.StartsOn))
            .ToListAsync();
    }
}
