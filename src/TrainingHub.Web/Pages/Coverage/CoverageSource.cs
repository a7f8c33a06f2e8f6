using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>The practices and completed bookings the coverage rule is applied to, read straight from the database.</summary>
public sealed class CoverageSource(TrainingHubDbContext db)
{
    public Task<List<CoveragePractice>> PracticesAsync(CancellationToken cancellationToken = default) =>
        db.Practices.AsNoTracking()
            .Select(p => new CoveragePractice(p.Id, p.Name, p.OdsCode, p.PlaceId, p.PrimaryCareNetworkId, p.Status, p.OpenedOn, p.ClosedOn, p.LeftProgrammeOn, p.IcbCode))
            .ToListAsync(cancellationToken);

    /// <summary>Completed bookings (Attended, with a completion time) on events that were not cancelled, at the practice the person worked in when they completed.</summary>
    public async Task<List<CoverageCompletion>> CompletionsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && b.PracticeId != null
                && b.ProgrammeEvent!.Status != EventStatus.Cancelled)
            .Select(b => new
            {
                b.PersonId, PracticeId = b.PracticeId!.Value, b.ProfessionalRole, b.CompletedAt,
                b.ProgrammeEvent!.EventType!.CountsTowardsPracticeTrained, b.ProgrammeEvent.EventType.Slug,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CoverageCompletion(r.PersonId, r.PracticeId, r.ProfessionalRole, r.CountsTowardsPracticeTrained,
            r.Slug == PracticeTrained.WholePracticeWorkshopSlug, LondonTime.DateOf(r.CompletedAt!.Value))).ToList();
    }

    /// <summary>
    /// The same completions, up to and including the date, reduced per practice by the database: whether any trains
    /// the practice, and the distinct clinicians trained. Three DISTINCT queries, so the cost does not follow the bookings.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, PracticeCompletions>> CompletedByPracticeAsync(DateOnly on, CancellationToken cancellationToken = default)
    {
        var before = LondonTime.StartOfDay(on.AddDays(1));
        var completed = db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && b.CompletedAt < before && b.PracticeId != null
                && b.ProgrammeEvent!.Status != EventStatus.Cancelled);
        var engaged = await completed.Select(b => b.PracticeId!.Value).Distinct().ToListAsync(cancellationToken);
        var trained = await completed
            .Where(b => b.ProgrammeEvent!.EventType!.Slug == PracticeTrained.WholePracticeWorkshopSlug
                || (b.ProgrammeEvent.EventType.CountsTowardsPracticeTrained
                    && (b.ProfessionalRole == ProfessionalRole.GeneralPractitioner || b.ProfessionalRole == ProfessionalRole.PracticeNurse)))
            .Select(b => b.PracticeId!.Value).Distinct().ToHashSetAsync(cancellationToken);
        var clinicians = await completed
            .Where(b => b.PersonId != null && b.ProfessionalRole != null && PracticeTrained.ClinicalRoles.Contains(b.ProfessionalRole.Value)
                && (b.ProgrammeEvent!.EventType!.CountsTowardsPracticeTrained || b.ProgrammeEvent.EventType.Slug == PracticeTrained.WholePracticeWorkshopSlug))
            .Select(b => new { PracticeId = b.PracticeId!.Value, PersonId = b.PersonId!.Value })
            .Distinct()
            .ToListAsync(cancellationToken);
        var byPractice = clinicians.ToLookup(c => c.PracticeId, c => c.PersonId);
        return engaged.ToDictionary(id => id, id => new PracticeCompletions(id, trained.Contains(id), byPractice[id].ToHashSet()));
    }
}
