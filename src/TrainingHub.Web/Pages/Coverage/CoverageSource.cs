using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>The practices and completed bookings the coverage rule is applied to, read straight from the database.</summary>
public sealed class CoverageSource(TrainingHubDbContext db)
{
    public Task<List<CoveragePractice>> PracticesAsync(CancellationToken cancellationToken = default) =>
        db.Practices.AsNoTracking()
            .Select(p => new CoveragePractice(p.Id, p.Name, p.OdsCode, p.PlaceId, p.PrimaryCareNetworkId, p.Status, p.OpenedOn, p.ClosedOn))
            .ToListAsync(cancellationToken);

    /// <summary>Completed bookings (Attended, with a completion time) on events that were not cancelled, at the practice booked from.</summary>
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
}
