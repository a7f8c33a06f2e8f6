using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Web.Data.Entities.Facilitation;

/// <summary>A practice's current stage. No row yet means not engaged. Conditions and enhanced service level live on the practice.</summary>
public class PracticeJourney
{
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public PracticeStage Stage { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum JourneyAspect { Stage = 0, ConditionsInScope = 1, EnhancedServiceLevel = 2 }

/// <summary>One recorded change to a practice's journey: what changed, from what to what, when, by whom and why.</summary>
public class PracticeJourneyChange
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public JourneyAspect Aspect { get; set; }
    /// <summary>The old and new value as stored (stage, conditions flags or level), read with <see cref="Aspect"/>.</summary>
    public int FromValue { get; set; }
    public int ToValue { get; set; }
    public string? Reason { get; set; }
    public DateOnly EffectiveOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public int RecordedById { get; set; }
    public Person? RecordedBy { get; set; }
}
