using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Pages.Facilitation;

/// <summary>What the journey form saw when it loaded, and what the person wants it to be now.</summary>
public sealed record JourneyState(PracticeStage Stage, LongTermConditions Conditions, EnhancedServiceLevel Level);

public abstract record JourneyOutcome
{
    public sealed record Saved(int Changes) : JourneyOutcome;
    public sealed record Refused(string Field, string Message) : JourneyOutcome;
    /// <summary>Someone else changed the journey after the form loaded; nothing was saved.</summary>
    public sealed record Conflict : JourneyOutcome;
}

/// <summary>
/// Records changes to a practice's stage, conditions in scope and enhanced service level, each as a
/// <see cref="PracticeJourneyChange"/>. Every update is conditional on the value the person saw, so two people
/// changing the same journey at once cannot both win; the transaction keeps the changes and their records together.
/// </summary>
public sealed class JourneyRecorder(TrainingHubDbContext db, TimeProvider clock)
{
    public async Task<JourneyState?> CurrentAsync(int practiceId) =>
        await db.Practices.AsNoTracking().Where(p => p.Id == practiceId)
            .Select(p => new JourneyState(
                db.PracticeJourneys.Where(j => j.PracticeId == p.Id).Select(j => (PracticeStage?)j.Stage).FirstOrDefault() ?? PracticeStage.NotEngaged,
                p.ConditionsInScope, p.EnhancedServiceLevel))
            .FirstOrDefaultAsync();

    public async Task<JourneyOutcome> RecordAsync(int practiceId, JourneyState seen, JourneyState wanted, string? reason, DateOnly effectiveOn, int personId)
    {
        if (seen.Stage != wanted.Stage && StageTransitions.Decide(seen.Stage, wanted.Stage, reason) is { Allowed: false } refusal)
            return new JourneyOutcome.Refused("Input.Stage", refusal.Refusal!);
        if (seen == wanted) return new JourneyOutcome.Refused("Input.Stage", "Change the stage, the conditions in scope or the enhanced service level");

        await using var transaction = await db.Database.BeginTransactionAsync();
        var changes = new List<PracticeJourneyChange>();
        var now = clock.GetUtcNow();
        void Record(JourneyAspect aspect, int from, int to) => changes.Add(new PracticeJourneyChange
        {
            PracticeId = practiceId, Aspect = aspect, FromValue = from, ToValue = to, Reason = reason?.Trim(),
            EffectiveOn = effectiveOn, RecordedAt = now, RecordedById = personId,
        });

        if (seen.Stage != wanted.Stage)
        {
            if (!await MoveStageAsync(practiceId, seen.Stage, wanted.Stage, now)) return new JourneyOutcome.Conflict();
            Record(JourneyAspect.Stage, (int)seen.Stage, (int)wanted.Stage);
        }
        if (seen.Conditions != wanted.Conditions)
        {
            if (await db.Practices.Where(p => p.Id == practiceId && p.ConditionsInScope == seen.Conditions)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.ConditionsInScope, wanted.Conditions)) != 1)
                return new JourneyOutcome.Conflict();
            Record(JourneyAspect.ConditionsInScope, (int)seen.Conditions, (int)wanted.Conditions);
        }
        if (seen.Level != wanted.Level)
        {
            if (await db.Practices.Where(p => p.Id == practiceId && p.EnhancedServiceLevel == seen.Level)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.EnhancedServiceLevel, wanted.Level)) != 1)
                return new JourneyOutcome.Conflict();
            Record(JourneyAspect.EnhancedServiceLevel, (int)seen.Level, (int)wanted.Level);
        }
        db.PracticeJourneyChanges.AddRange(changes);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return new JourneyOutcome.Saved(changes.Count);
    }

    private async Task<bool> MoveStageAsync(int practiceId, PracticeStage from, PracticeStage to, DateTimeOffset now)
    {
        var moved = await db.PracticeJourneys.Where(j => j.PracticeId == practiceId && j.Stage == from)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, to).SetProperty(j => j.UpdatedAt, now));
        if (moved == 1) return true;
        if (from != PracticeStage.NotEngaged) return false;
        // A practice with no journey row yet is not engaged; the primary key lets only one first move in.
        db.PracticeJourneys.Add(new PracticeJourney { PracticeId = practiceId, Stage = to, UpdatedAt = now });
        try
        {
            await db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }
}
