using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>Records a QA observation of a delivery; an accredited outcome grants or renews the accreditation, in one transaction.</summary>
public sealed class QaRecorder(TrainingHubDbContext db, TimeProvider clock)
{
    /// <summary>
    /// A delivery to observe. AccreditationSlug is what its assessor must hold and what the observation is filed under;
    /// Coverage is what an Accredited outcome grants (<see cref="AccreditationCoverage"/>).
    /// </summary>
    public sealed record Delivery(int EventId, string Title, string AccreditationSlug, int AccreditationYears, DateOnly LastDay,
        IReadOnlyList<(int PersonId, string Name, TrainerRole Role)> Trainers,
        string TypeName, ObservationCoverage Coverage, string? AccreditedBy);

    /// <summary>An event that has started and was not cancelled, with the trainers who delivered it.</summary>
    public async Task<Delivery?> DeliveryAsync(int eventId)
    {
        var now = clock.GetUtcNow();
        var e = await db.ProgrammeEvents.AsNoTracking()
            .Where(x => x.Id == eventId && x.Status != EventStatus.Cancelled && x.StartsAt <= now)
            .Select(x => new { x.Id, x.Title, x.EventType!.Slug, x.EventType.Name, x.EventType.RequiredAccreditation, x.EndsAt })
            .FirstOrDefaultAsync();
        if (e is null) return null;
        var slug = e.RequiredAccreditation ?? e.Slug;
        var types = await db.EventTypes.AsNoTracking().Select(t => new { t.Slug, t.Name, t.RequiredAccreditation, t.AccreditationYears }).ToListAsync();
        var years = types.FirstOrDefault(t => t.Slug == slug)?.AccreditationYears ?? AccreditationRules.DefaultYears;
        var coverageTypes = types.Select(t => new CoverageType(t.Slug, t.Name, t.RequiredAccreditation)).ToList();
        var trainers = (await db.EventTrainers.AsNoTracking().Where(t => t.ProgrammeEventId == eventId)
                .OrderBy(t => t.Role).Select(t => new { t.PersonId, Name = t.Person!.GivenName + " " + t.Person.FamilyName, t.Role }).ToListAsync())
            .Select(t => (t.PersonId, t.Name, t.Role)).ToList();
        return new Delivery(e.Id, e.Title, slug, years, LondonTime.DateOf(e.EndsAt ?? now), trainers,
            e.Name, AccreditationCoverage.Of(e.Slug, coverageTypes), AccreditationCoverage.AccreditedBy(e.Slug, coverageTypes));
    }

    /// <summary>Whether this person may assess deliveries needing this accreditation: a lead, or holding it today with assessor rights.</summary>
    public async Task<bool> HasAssessorRightsAsync(int personId, string slug)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        return await db.TrainerAccreditations.AnyAsync(a => a.PersonId == personId && a.AccreditationSlug == slug && a.CanAssess
            && a.GrantedOn <= today && a.ValidUntil >= today);
    }

    /// <summary>The new observation's id, or null with the problems added to the model state.</summary>
    public async Task<long?> RecordAsync(Delivery delivery, int assessorId, bool assessorIsLead, ObservationInput input, ModelStateDictionary errors)
    {
        Validate(delivery, input, errors);
        if (input.ObservedPersonId is { } observedId && QaObservationRules.Refusal(assessorId, observedId, assessorIsLead,
                await HasAssessorRightsAsync(assessorId, delivery.AccreditationSlug)) is { } refusal)
            errors.AddModelError("Input.ObservedPersonId", refusal);
        if (!errors.IsValid) return null;

        var observation = new QaObservation
        {
            ObservedPersonId = input.ObservedPersonId!.Value, AssessorPersonId = assessorId, ProgrammeEventId = delivery.EventId,
            AccreditationSlug = delivery.AccreditationSlug, ObservedOn = delivery.LastDay, Outcome = input.Outcome!.Value,
            DevelopmentActions = string.IsNullOrWhiteSpace(input.DevelopmentActions) ? null : input.DevelopmentActions.Trim(),
            RecordedAt = clock.GetUtcNow(),
            Ratings = QaCriteria.All.Select((c, i) => new QaCriterionRating
            { Criterion = c, Rating = input.Criteria[i].Rating!.Value, Evidence = input.Criteria[i].Evidence!.Trim() }).ToList(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.QaObservations.Add(observation);
        await db.SaveChangesAsync();
        if (observation.Outcome == QaOutcome.Accredited && delivery.Coverage.Grants is { } granted)
            await GrantAsync(observation, granted, delivery.AccreditationYears);
        await transaction.CommitAsync();
        return observation.Id;
    }

    private static void Validate(Delivery delivery, ObservationInput input, ModelStateDictionary errors)
    {
        if (input.ObservedPersonId is not { } observed || delivery.Trainers.All(t => t.PersonId != observed))
            errors.AddModelError("Input.ObservedPersonId", "Choose the trainer you observed from those who delivered this event");
        while (input.Criteria.Count < QaCriteria.All.Length) input.Criteria.Add(new CriterionInput());
        for (var i = 0; i < QaCriteria.All.Length; i++)
        {
            var name = QaCriteria.Name(QaCriteria.All[i]);
            if (input.Criteria[i].Rating is not { } rating || !Enum.IsDefined(rating))
                errors.AddModelError($"Input.Criteria[{i}].Rating", $"Choose a rating for {name.ToLowerInvariant()}");
            if (string.IsNullOrWhiteSpace(input.Criteria[i].Evidence))
                errors.AddModelError($"Input.Criteria[{i}].Evidence", $"Enter the evidence for {name.ToLowerInvariant()}");
        }
        if (input.Outcome is not { } outcome || !Enum.IsDefined(outcome))
            errors.AddModelError("Input.Outcome", "Choose the overall outcome");
        else if (QaOutcomeRules.Refusal(outcome, input.Criteria.Take(QaCriteria.All.Length).Select(c => c.Rating).OfType<QaRating>().ToList(),
                     delivery.Coverage.CanAccredit, delivery.TypeName, delivery.AccreditedBy) is { } refusal)
            errors.AddModelError("Input.Outcome", refusal);
        else if (outcome == QaOutcome.FurtherDevelopmentNeeded && string.IsNullOrWhiteSpace(input.DevelopmentActions))
            errors.AddModelError("Input.DevelopmentActions", "Enter the development actions the trainer needs before they are observed again");
    }

    /// <summary>Grants the accreditation, or renews it: a renewal only ever moves expiry later, so an older observation recorded late changes nothing.</summary>
    private async Task GrantAsync(QaObservation o, string slug, int years)
    {
        var until = AccreditationRules.ValidUntil(o.ObservedOn, years);
        var now = clock.GetUtcNow();
        if (!await db.TrainerAccreditations.AnyAsync(a => a.PersonId == o.ObservedPersonId && a.AccreditationSlug == slug))
        {
            var granted = new TrainerAccreditation
            {
                PersonId = o.ObservedPersonId, AccreditationSlug = slug, GrantedOn = o.ObservedOn, ValidUntil = until,
                LastObservationId = o.Id, UpdatedAt = now,
            };
            db.TrainerAccreditations.Add(granted);
            try
            {
                await db.SaveChangesAsync();
                return;
            }
            catch (DbUpdateException)
            {
                // Granted by another observation at the same moment: the unique index kept one row, renewed below.
                db.Entry(granted).State = EntityState.Detached;
            }
        }
        var dayBefore = o.ObservedOn.AddDays(-1);
        // A lapsed accreditation starts again from the observation; a current one keeps its first day.
        await db.TrainerAccreditations
            .Where(a => a.PersonId == o.ObservedPersonId && a.AccreditationSlug == slug && a.ValidUntil < until)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.GrantedOn, a => a.ValidUntil >= dayBefore ? a.GrantedOn : o.ObservedOn)
                .SetProperty(a => a.ValidUntil, until)
                .SetProperty(a => a.LastObservationId, o.Id)
                .SetProperty(a => a.UpdatedAt, now));
    }
}
