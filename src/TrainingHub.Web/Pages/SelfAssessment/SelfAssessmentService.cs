using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

using Assessment = Data.Entities.SelfAssessment;

public abstract record CreateOutcome
{
    public sealed record Created(int Id, DateOnly? StartedFrom) : CreateOutcome;
    public sealed record DraftExists(int Id, DateOnly AssessedOn) : CreateOutcome;
    public sealed record DateTaken(int Id) : CreateOutcome;
}

public enum SubmitOutcome { Submitted, Incomplete, Stale }

public sealed record RatingChange(string EnablerKey, int? Level, string? Evidence, IReadOnlyList<ActionChange> Actions);
public sealed record ActionChange(string Description, string Owner, DateOnly DueOn);

/// <summary>
/// Starting, saving and submitting self-assessments. The database decides every race: unique indexes for one
/// assessment per area and date and one draft per area, and a version that each save and submit must match.
/// </summary>
public sealed class SelfAssessmentService(TrainingHubDbContext db, TimeProvider clock)
{
    /// <summary>Starts a draft for the area, copying levels, evidence and actions from its latest earlier submitted assessment.</summary>
    public async Task<CreateOutcome> CreateAsync(AssessmentArea area, DateOnly assessedOn, int personId, CancellationToken ct)
    {
        var previous = await db.SelfAssessments.AsNoTracking()
            .Where(a => a.AreaKey == area.Key && a.Status == SelfAssessmentStatus.Submitted && a.AssessedOn < assessedOn)
            .OrderByDescending(a => a.AssessedOn)
            .Select(a => new
            {
                a.Id, a.AssessedOn, Ratings = a.Ratings.Select(r => new
                {
                    r.EnablerKey, r.Level, r.Evidence,
                    Actions = r.Actions.OrderBy(x => x.Position).Select(x => new { x.Description, x.Owner, x.DueOn }).ToList()
                }).ToList()
            })
            .FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow();
        var assessment = new Assessment
        {
            AreaKey = area.Key, IntegratedCareSystemId = area.IntegratedCareSystemId, PlaceId = area.PlaceId,
            PrimaryCareNetworkId = area.PrimaryCareNetworkId, AssessedOn = assessedOn, Status = SelfAssessmentStatus.Draft,
            StartedFromId = previous?.Id, CreatedByPersonId = personId, CreatedAt = now, UpdatedAt = now,
            Ratings = previous?.Ratings.Select(r => new SelfAssessmentRating
            {
                EnablerKey = r.EnablerKey, Level = r.Level, Evidence = r.Evidence,
                Actions = [.. r.Actions.Select((x, i) => new SelfAssessmentAction { Position = i, Description = x.Description, Owner = x.Owner, DueOn = x.DueOn })],
            }).ToList() ?? [],
        };
        db.SelfAssessments.Add(assessment);
        try
        {
            await db.SaveChangesAsync(ct);
            return new CreateOutcome.Created(assessment.Id, previous?.AssessedOn);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await WhyNotCreatedAsync(area.Key, assessedOn, ct) ?? throw new InvalidOperationException("The assessment could not be saved.");
        }
    }

    private async Task<CreateOutcome?> WhyNotCreatedAsync(string areaKey, DateOnly assessedOn, CancellationToken ct)
    {
        var clash = await db.SelfAssessments.AsNoTracking()
            .Where(a => a.AreaKey == areaKey && (a.Status == SelfAssessmentStatus.Draft || a.AssessedOn == assessedOn))
            .OrderBy(a => a.Status).Select(a => new { a.Id, a.Status, a.AssessedOn }).FirstOrDefaultAsync(ct);
        return clash switch
        {
            null => null,
            { Status: SelfAssessmentStatus.Draft } => new CreateOutcome.DraftExists(clash.Id, clash.AssessedOn),
            _ => new CreateOutcome.DateTaken(clash.Id),
        };
    }

    /// <summary>Replaces one foundation's ratings of a draft, if nobody has saved or submitted it since <paramref name="version"/>.</summary>
    public async Task<bool> SaveFoundationAsync(int id, int version, Foundation foundation, IReadOnlyList<RatingChange> ratings, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await ClaimVersionAsync(id, version, a => a, ct)) return false;
        var keys = foundation.Enablers.Select(e => e.Key).ToList();
        await db.SelfAssessmentActions.Where(x => x.Rating!.SelfAssessmentId == id && keys.Contains(x.Rating.EnablerKey)).ExecuteDeleteAsync(ct);
        await db.SelfAssessmentRatings.Where(r => r.SelfAssessmentId == id && keys.Contains(r.EnablerKey)).ExecuteDeleteAsync(ct);
        db.SelfAssessmentRatings.AddRange(ratings.Where(r => keys.Contains(r.EnablerKey)).Select(r => new SelfAssessmentRating
        {
            SelfAssessmentId = id, EnablerKey = r.EnablerKey, Level = r.Level, Evidence = r.Evidence,
            Actions = [.. r.Actions.Select((x, i) => new SelfAssessmentAction { Position = i, Description = x.Description, Owner = x.Owner, DueOn = x.DueOn })],
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>The matrix's enablers this assessment has not yet given a level.</summary>
    public async Task<IReadOnlyList<Enabler>> UnratedAsync(int id, MaturityMatrix matrix, CancellationToken ct)
    {
        var rated = await db.SelfAssessmentRatings.AsNoTracking()
            .Where(r => r.SelfAssessmentId == id && r.Level != null).Select(r => r.EnablerKey).ToListAsync(ct);
        return [.. matrix.Enablers.Where(e => !rated.Contains(e.Key))];
    }

    /// <summary>Submits the draft as seen at <paramref name="version"/>: every enabler rated, and nothing saved since.</summary>
    public async Task<SubmitOutcome> SubmitAsync(int id, int version, int personId, MaturityMatrix matrix, CancellationToken ct)
    {
        if ((await UnratedAsync(id, matrix, ct)).Count > 0) return SubmitOutcome.Incomplete;
        var now = clock.GetUtcNow();
        var submitted = await ClaimVersionAsync(id, version, s => s
            .SetProperty(a => a.Status, SelfAssessmentStatus.Submitted)
            .SetProperty(a => a.SubmittedAt, now)
            .SetProperty(a => a.SubmittedByPersonId, personId), ct);
        return submitted ? SubmitOutcome.Submitted : SubmitOutcome.Stale;
    }

    private async Task<bool> ClaimVersionAsync(int id, int version,
        Func<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Assessment>, Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<Assessment>> more,
        CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var changed = await db.SelfAssessments
            .Where(a => a.Id == id && a.Status == SelfAssessmentStatus.Draft && a.Version == version)
            .ExecuteUpdateAsync(s => more(s.SetProperty(a => a.Version, a => a.Version + 1).SetProperty(a => a.UpdatedAt, now)), ct);
        return changed == 1;
    }
}
