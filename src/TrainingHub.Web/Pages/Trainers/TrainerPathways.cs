using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// Train the Trainer cohorts: the people who completed a ToT event (booking Attended, CompletedAt set) and where
/// each is on the pathway to leading.
/// </summary>
public sealed class TrainerPathways(TrainingHubDbContext db, TimeProvider clock)
{
    public const string TrainTheTrainerSlug = "train-the-trainer";

    public sealed record Trainee(int PersonId, string Name, int CohortEventId, string CohortTitle, PathwayFacts Facts);

    public sealed record Cohort(int EventId, string Title, DateOnly CompletedOn, IReadOnlyList<Trainee> Trainees);

    /// <summary>Everyone who completed ToT (optionally just these people), with their pathway facts.</summary>
    public async Task<List<Trainee>> TraineesAsync(int? personId = null)
    {
        var completions = db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && b.PersonId != null
                && b.ProgrammeEvent!.EventType!.Slug == TrainTheTrainerSlug && (personId == null || b.PersonId == personId));
        var completers = await completions
            .Select(b => new
            {
                PersonId = b.PersonId!.Value, Name = b.Person!.GivenName + " " + b.Person.FamilyName, b.ProgrammeEventId,
                b.ProgrammeEvent!.Title, CompletedAt = b.ProgrammeEvent.EndsAt ?? b.CompletedAt!.Value,
            })
            .ToListAsync();
        // Someone who did ToT twice belongs to their first cohort.
        var first = completers.GroupBy(c => c.PersonId).Select(g => g.OrderBy(c => c.CompletedAt).First()).ToList();
        // A subquery, not thousands of ids as parameters: nationally that list made each query below take most of a second.
        var ids = completions.Select(b => b.PersonId!.Value);
        var today = LondonTime.DateOf(clock.GetUtcNow());
        var coDeliveries = await db.EventTrainers.AsNoTracking()
            .Where(t => ids.Contains(t.PersonId) && t.Role == TrainerRole.CoTrainer && t.ProgrammeEvent!.Status == EventStatus.Completed)
            .GroupBy(t => t.PersonId).Select(g => new { PersonId = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.PersonId, x => x.Count);
        var observations = await db.QaObservations.AsNoTracking().Where(o => ids.Contains(o.ObservedPersonId))
            .Select(o => new { o.ObservedPersonId, o.Outcome, o.ObservedOn, o.Id }).ToListAsync();
        var observationsOf = observations.ToLookup(o => o.ObservedPersonId);
        var accredited = await db.TrainerAccreditations.AsNoTracking()
            .Where(a => ids.Contains(a.PersonId) && a.GrantedOn <= today && a.ValidUntil >= today)
            .Select(a => a.PersonId).Distinct().ToHashSetAsync();
        return first.Select(c =>
        {
            var seen = observationsOf[c.PersonId].OrderBy(o => o.ObservedOn).ThenBy(o => o.Id).ToList();
            var facts = new PathwayFacts(LondonTime.DateOf(c.CompletedAt), coDeliveries.GetValueOrDefault(c.PersonId), seen.Count,
                seen.LastOrDefault()?.Outcome, accredited.Contains(c.PersonId));
            return new Trainee(c.PersonId, c.Name, c.ProgrammeEventId, c.Title, facts);
        }).OrderBy(t => t.Name).ToList();
    }

    public async Task<List<Cohort>> CohortsAsync() =>
        (await TraineesAsync())
            .GroupBy(t => (t.CohortEventId, t.CohortTitle))
            .Select(g => new Cohort(g.Key.CohortEventId, g.Key.CohortTitle, g.Min(t => t.Facts.CompletedTrainTheTrainerOn), g.ToList()))
            .OrderByDescending(c => c.CompletedOn).ToList();
}
