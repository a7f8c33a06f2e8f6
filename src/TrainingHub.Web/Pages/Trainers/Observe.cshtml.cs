using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Shared;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// An assessor records a QA observation of a delivery. Without an event: the recent deliveries to choose from.
/// Who observes is the signed-in person; nobody may record an observation of themselves.
/// </summary>
public class ObserveModel(TrainingHubDbContext db, QaRecorder recorder, TimeProvider clock) : PortalPageModel
{
    public const int RecentDays = 120;

    public sealed record RecentDelivery(int Id, string Title, DateTimeOffset? StartsAt, string Trainers);

    [BindProperty] public ObservationInput Input { get; set; } = new();

    public QaRecorder.Delivery? Delivery { get; private set; }
    public IReadOnlyList<RecentDelivery> Recent { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is null)
        {
            await LoadRecentAsync();
            return Page();
        }
        Delivery = await recorder.DeliveryAsync(id.Value);
        return Delivery is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        Delivery = await recorder.DeliveryAsync(id);
        if (Delivery is null) return NotFound();
        var observationId = await recorder.RecordAsync(Delivery, User.PersonId()!.Value, User.IsInRole(PortalRoles.ProgrammeLead), Input, ModelState);
        return observationId is { } saved ? RedirectToPage("Observation", new { id = saved }) : Page();
    }

    /// <summary>The outcomes this delivery allows: Accredited only where observing it can accredit, Standard met elsewhere.</summary>
    public IEnumerable<QaOutcome> Outcomes =>
        [Delivery?.Coverage.CanAccredit == true ? QaOutcome.Accredited : QaOutcome.StandardMet, QaOutcome.FurtherDevelopmentNeeded];

    private async Task LoadRecentAsync()
    {
        var now = clock.GetUtcNow();
        var since = now.AddDays(-RecentDays);
        var rows = await db.ProgrammeEvents.AsNoTracking()
            .Where(e => e.Status != EventStatus.Cancelled && e.StartsAt <= now && e.StartsAt >= since && e.Trainers.Any())
            .OrderByDescending(e => e.StartsAt)
            .Select(e => new { e.Id, e.Title, e.StartsAt, Trainers = e.Trainers.OrderBy(t => t.Role).Select(t => t.Person!.GivenName + " " + t.Person.FamilyName).ToList() })
            .ToListAsync();
        Recent = rows.Select(r => new RecentDelivery(r.Id, r.Title, r.StartsAt, string.Join(", ", r.Trainers))).ToList();
    }
}
