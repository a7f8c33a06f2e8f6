using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>The trainer pool for programme leads: who is accredited where, what expires soon, the ToT cohorts, delivery load.</summary>
public class IndexModel(TrainerPool pool, TrainerPathways pathways, TimeProvider clock) : PortalPageModel
{
    public const int ExpiringWithinDays = 90;

    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }

    public DateOnly Today { get; private set; }
    public IReadOnlyList<TrainerPool.Accredited> Accredited { get; private set; } = [];
    public IReadOnlyList<TrainerPool.Accredited> Expiring { get; private set; } = [];
    public IReadOnlyList<TrainerPathways.Cohort> Cohorts { get; private set; } = [];
    public IReadOnlyList<TrainerPool.Load> Load { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Today = LondonTime.DateOf(clock.GetUtcNow());
        From ??= Today.AddYears(-1);
        To ??= Today;
        if (To < From) ModelState.AddModelError(nameof(To), "The end of the period must be on or after its start");
        Accredited = await pool.AccreditedOnAsync(Today);
        Expiring = Accredited.Where(a => AccreditationRules.ExpiresWithin(new(a.Accreditation, Today, a.ValidUntil), Today, ExpiringWithinDays))
            .OrderBy(a => a.ValidUntil).ToList();
        Cohorts = await pathways.CohortsAsync();
        Load = ModelState.IsValid ? await pool.LoadAsync(From.Value, To.Value) : [];
    }

    public static string Step(PathwayFacts facts) =>
        TrainerPathway.StepsAhead(facts).FirstOrDefault()?.Name ?? "Accredited";
}
