using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Events;

/// <summary>
/// Which trainers are still trainees (they co-deliver beside an accredited lead, never lead). A simple flag until
/// trainer accreditation records replace it.
/// </summary>
public class TraineesModel(TrainingHubDbContext db, TrainerDirectory directory, TimeProvider clock) : PortalPageModel
{
    public IReadOnlyList<TrainerDirectory.TrainerOption> Trainers { get; private set; } = [];

    public async Task OnGetAsync() => Trainers = await directory.TrainersAsync();

    public async Task<IActionResult> OnPostAsync(int personId, bool trainee)
    {
        Trainers = await directory.TrainersAsync();
        if (Trainers.All(t => t.PersonId != personId)) return NotFound();
        if (!trainee) await db.TraineeTrainers.Where(t => t.PersonId == personId).ExecuteDeleteAsync();
        else if (!await db.TraineeTrainers.AnyAsync(t => t.PersonId == personId))
        {
            db.TraineeTrainers.Add(new TraineeTrainer { PersonId = personId, Since = clock.GetUtcNow() });
            try { await db.SaveChangesAsync(); }
            catch (DbUpdateException) { /* Flagged by someone else at the same moment: the flag is set either way. */ }
        }
        return RedirectToPage();
    }
}
