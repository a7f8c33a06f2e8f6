namespace TrainingHub.Web.Domain.Trainers;

public enum QaCriterion
{
    KnowledgeOfApproach = 1,
    FidelityToContent = 2,
    FacilitationAndGroupSkills = 3,
    ModellingConversation = 4,
    HandlingChallenge = 5,
    TimeManagement = 6,
}

public enum QaRating { NotYetMet = 1, PartlyMet = 2, Met = 3, Exceeded = 4 }

/// <summary>Standard met: a delivery of a type that carries no accreditation of its own, done to the standard.</summary>
public enum QaOutcome { Accredited = 1, FurtherDevelopmentNeeded = 2, StandardMet = 3 }

/// <summary>The six things an assessor looks for when observing a trainer deliver.</summary>
public static class QaCriteria
{
    public static readonly QaCriterion[] All = Enum.GetValues<QaCriterion>();

    public static string Name(QaCriterion criterion) => criterion switch
    {
        QaCriterion.KnowledgeOfApproach => "Knowledge of the YOC approach and the PCSP conversation",
        QaCriterion.FidelityToContent => "Fidelity to the course content",
        QaCriterion.FacilitationAndGroupSkills => "Facilitation and group skills",
        QaCriterion.ModellingConversation => "Modelling a person-centred conversation",
        QaCriterion.HandlingChallenge => "Handling challenge",
        QaCriterion.TimeManagement => "Time management",
        _ => criterion.ToString(),
    };

    public static string Name(QaRating rating) => rating switch
    {
        QaRating.NotYetMet => "Not yet met",
        QaRating.PartlyMet => "Partly met",
        QaRating.Met => "Met",
        QaRating.Exceeded => "Exceeded",
        _ => rating.ToString(),
    };

    public static string Name(QaOutcome outcome) => outcome switch
    {
        QaOutcome.Accredited => "Accredited",
        QaOutcome.FurtherDevelopmentNeeded => "Further development needed",
        QaOutcome.StandardMet => "Standard met",
        _ => outcome.ToString(),
    };
}

/// <summary>Who may record a QA observation of whom.</summary>
public static class QaObservationRules
{
    public const string SelfAssessmentRefused = "You cannot record a quality-assurance observation of yourself: ask another assessor";
    public const string NotAnAssessor = "Only a programme lead or a trainer with assessor rights for this kind of event can record this observation";

    /// <summary>Null when the assessor may record an observation of the observed trainer; otherwise why not.</summary>
    public static string? Refusal(int assessorId, int observedId, bool assessorIsLead, bool assessorHasAssessorRights) =>
        assessorId == observedId ? SelfAssessmentRefused
        : assessorIsLead || assessorHasAssessorRights ? null
        : NotAnAssessor;
}
