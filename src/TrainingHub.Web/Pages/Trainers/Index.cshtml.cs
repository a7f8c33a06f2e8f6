using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Shared;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>The trainer pool for programme leads: who is accredited where, what expires soon, the ToT cohorts, delivery load.</summary>
public class IndexModel(ReportCache cache, TimeProvider clock) : PortalPageModel
{
    public const int ExpiringWithinDays = 90;

    [BindProperty(SupportsGet = true), Display(Name = "The 'from' date")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "The 'to' date")] public DateOnly? To { get; set; }

    public DateOnly Today { get; private set; }
    public IReadOnlyList<TrainerPool.Accredited> Accredited { get; private set; } = [];
    public IReadOnlyList<TrainerPool.Accredited> Expiring { get; private set; } = [];
    public IReadOnlyList<TrainerPathways.Cohort> Cohorts { get; private set; } = [];
    public IReadOnlyList<TrainerPool.Load> Load { get; private set; } = [];
    public TablePage<TrainerPathways.Cohort> CohortPage { get; private set; } = null!;
    public TablePage<TrainerPool.Accredited> ExpiringPage { get; private set; } = null!;
    public TablePage<TrainerPool.Accredited> AccreditedPage { get; private set; } = null!;
    public TablePage<TrainerPool.Load> LoadPage { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        Today = LondonTime.DateOf(clock.GetUtcNow());
        From ??= Today.AddYears(-1);
        To ??= Today;
        if (To < From) ModelState.AddModelError(nameof(To), "The end of the period must be on or after its start");
        var today = Today;
        Accredited = await cache.GetAsync<TrainerPool, List<TrainerPool.Accredited>>($"trainers accredited {today:O}", pool => pool.AccreditedOnAsync(today));
        Expiring = Accredited.Where(ExpiresSoon).OrderBy(a => a.ValidUntil).ToList();
        Cohorts = await cache.GetAsync<TrainerPathways, List<TrainerPathways.Cohort>>($"trainer cohorts {today:O}", pathways => pathways.CohortsAsync());
        var (from, to) = (From.Value, To.Value);
        Load = ModelState.IsValid
            ? await cache.GetAsync<TrainerPool, List<TrainerPool.Load>>($"trainer load {from:O} {to:O}", pool => pool.LoadAsync(from, to))
            : [];
        CohortPage = TablePage<TrainerPathways.Cohort>.Of(Cohorts, Request, "cohorts", "Train the Trainer cohorts", size: 10);
        ExpiringPage = TablePage<TrainerPool.Accredited>.Of(Expiring, Request, "expiring", "accreditations expiring");
        AccreditedPage = TablePage<TrainerPool.Accredited>.Of(Accredited, Request, "accredited", "accredited trainers");
        LoadPage = TablePage<TrainerPool.Load>.Of(Load, Request, "load", "delivery load");
    }

    public bool ExpiresSoon(TrainerPool.Accredited a) =>
        AccreditationRules.ExpiresWithin(new(a.Accreditation, Today, a.ValidUntil), Today, ExpiringWithinDays);

    public static string Step(PathwayFacts facts) =>
        TrainerPathway.StepsAhead(facts).FirstOrDefault()?.Name ?? "Accredited";
}
