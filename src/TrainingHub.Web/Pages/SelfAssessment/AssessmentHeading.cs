using TrainingHub.Web.Domain.Events;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>What every assessment page shows at its top, loaded only if the reader may read the assessment.</summary>
public sealed record AssessmentHeading(
    int Id, string Area, string AreaKey, DateOnly AssessedOn, SelfAssessmentStatus Status, int Version,
    DateOnly? StartedFrom, string? SubmittedBy, DateTimeOffset? SubmittedAt)
{
    public bool IsDraft => Status == SelfAssessmentStatus.Draft;
    public string Title => $"{Area}, {LondonTime.Display(AssessedOn)}";

    public static async Task<AssessmentHeading?> LoadAsync(TrainingHubDbContext db, AssessmentReader reader, int id, CancellationToken ct = default)
    {
        var a = await db.SelfAssessments.AsNoTracking().ReadableBy(reader).Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, Ics = a.IntegratedCareSystem!.Name, Place = a.Place == null ? null : a.Place.Name,
                Network = a.PrimaryCareNetwork == null ? null : a.PrimaryCareNetwork.Name, a.AreaKey, a.AssessedOn, a.Status, a.Version,
                StartedFrom = db.SelfAssessments.Where(p => p.Id == a.StartedFromId).Select(p => (DateOnly?)p.AssessedOn).FirstOrDefault(),
                SubmittedBy = a.SubmittedBy == null ? null : a.SubmittedBy.GivenName + " " + a.SubmittedBy.FamilyName, a.SubmittedAt,
            })
            .FirstOrDefaultAsync(ct);
        return a is null ? null : new AssessmentHeading(a.Id, AssessmentAreas.NameOf(a.Ics, a.Place, a.Network), a.AreaKey,
            a.AssessedOn, a.Status, a.Version, a.StartedFrom, a.SubmittedBy, a.SubmittedAt);
    }
}
