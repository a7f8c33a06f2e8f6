namespace TrainingHub.Web.Domain.Facilitation;

/// <summary>How far a practice has come on its way to personalised care and support planning as routine care.</summary>
public enum PracticeStage
{
    NotEngaged = 0,
    /// <summary>Attended an engagement session.</summary>
    Engaged = 1,
    InTraining = 2,
    Trained = 3,
    Implementing = 4,
    RoutineCare = 5,
}

public enum StageMove { Forward, ForwardSkipping, Back, NoChange }

public sealed record StageDecision(bool Allowed, StageMove Move, string? Refusal);

/// <summary>
/// Which changes of stage a facilitator or lead may record.
/// <list type="bullet">
/// <item>The next stage forward: always, no reason needed.</item>
/// <item>Further forward, skipping stages: only with a reason (the practice trained elsewhere, say), because the
///       skipped stages normally leave their own evidence.</item>
/// <item>Back to any earlier stage: only with a reason (staff turnover, PCSP lapsed), so the timeline explains
///       why a practice went backwards.</item>
/// <item>The same stage: not a change.</item>
/// </list>
/// </summary>
public static class StageTransitions
{
    public static StageDecision Decide(PracticeStage from, PracticeStage to, string? reason)
    {
        if (!Enum.IsDefined(to)) return new(false, StageMove.NoChange, "Choose a stage from the list");
        var hasReason = !string.IsNullOrWhiteSpace(reason);
        var steps = (int)to - (int)from;
        return steps switch
        {
            0 => new(false, StageMove.NoChange, $"The practice is already at the stage {DisplayName(to)}"),
            1 => new(true, StageMove.Forward, null),
            > 1 when hasReason => new(true, StageMove.ForwardSkipping, null),
            > 1 => new(false, StageMove.ForwardSkipping, $"Give a reason for moving straight to {DisplayName(to)} and skipping a stage"),
            _ when hasReason => new(true, StageMove.Back, null),
            _ => new(false, StageMove.Back, $"Give a reason for moving the practice back to {DisplayName(to)}"),
        };
    }

    public static string DisplayName(PracticeStage stage) => stage switch
    {
        PracticeStage.NotEngaged => "Not engaged",
        PracticeStage.Engaged => "Engaged",
        PracticeStage.InTraining => "In training",
        PracticeStage.Trained => "Trained",
        PracticeStage.Implementing => "Implementing",
        PracticeStage.RoutineCare => "PCSP is routine care",
        _ => stage.ToString(),
    };

    public static string Hint(PracticeStage stage) => stage switch
    {
        PracticeStage.Engaged => "Attended an engagement session",
        PracticeStage.InTraining => "Staff booked on or attending YOC training",
        PracticeStage.Trained => "Staff have completed YOC training",
        PracticeStage.Implementing => "Changing clinics and templates to run PCSP",
        PracticeStage.RoutineCare => "PCSP is how the practice reviews people with long-term conditions",
        _ => "No contact with the programme yet",
    };
}
