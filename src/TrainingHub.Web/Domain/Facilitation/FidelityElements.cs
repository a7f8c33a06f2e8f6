namespace TrainingHub.Web.Domain.Facilitation;

/// <summary>The parts of the PCSP model a fidelity review rates.</summary>
public enum FidelityElement
{
    InformationGathering = 1,
    ResultsAndPromptsSent = 2,
    Triage = 3,
    PcspConversation = 4,
    SharedPlan = 5,
    ReviewAndRecall = 6,
    PeopleCentralToPlan = 11,
    ConversationsOnWhatMatters = 12,
    OutcomesAgreedInPartnership = 13,
    SharablePlan = 14,
    OpportunityToReview = 15,
}

public enum FidelityRating { NotInPlace = 0, Partly = 1, Fully = 2 }

public enum FidelityStandard { YearOfCareProcess, NhsEnglandCriteria }

public sealed record FidelityElementInfo(FidelityElement Element, FidelityStandard Standard, string Wording, bool Essential);

/// <summary>
/// The fidelity standard: the Year of Care care-planning process, then NHS England's five PCSP criteria in
/// NHS England's own words (PCSP Quality Framework, section one).
/// </summary>
public static class FidelityElements
{
    public static readonly IReadOnlyList<FidelityElementInfo> All =
    [
        new(FidelityElement.InformationGathering, FidelityStandard.YearOfCareProcess,
            "An information-gathering appointment with a healthcare assistant, guided by a structured template", false),
        new(FidelityElement.ResultsAndPromptsSent, FidelityStandard.YearOfCareProcess,
            "Results and agenda-setting prompts sent to the person before the conversation", false),
        new(FidelityElement.Triage, FidelityStandard.YearOfCareProcess,
            "A triage step so that people with complex needs see the clinician with the right skills", false),
        new(FidelityElement.PcspConversation, FidelityStandard.YearOfCareProcess,
            "The PCSP conversation with a trained clinician", true),
        new(FidelityElement.SharedPlan, FidelityStandard.YearOfCareProcess,
            "Goals and actions agreed and recorded in a shared plan", true),
        new(FidelityElement.ReviewAndRecall, FidelityStandard.YearOfCareProcess,
            "Review and recall", false),
        new(FidelityElement.PeopleCentralToPlan, FidelityStandard.NhsEnglandCriteria,
            "People are central in developing and agreeing their personalised care and support plan including deciding who is involved in the process.", false),
        new(FidelityElement.ConversationsOnWhatMatters, FidelityStandard.NhsEnglandCriteria,
            "People have proactive, personalised conversations which focus on what matters to them, paying attention to their needs and wider health and wellbeing.", false),
        new(FidelityElement.OutcomesAgreedInPartnership, FidelityStandard.NhsEnglandCriteria,
            "People agree the health and wellbeing outcomes they want to achieve, in partnership with the relevant professionals.", false),
        new(FidelityElement.SharablePlan, FidelityStandard.NhsEnglandCriteria,
            "Each person has a sharable personalised care and support plan which records what matters to them, their outcomes and how they will be achieved.", false),
        new(FidelityElement.OpportunityToReview, FidelityStandard.NhsEnglandCriteria,
            "People have the opportunity to formally and informally review their care plan.", false),
    ];

    public static FidelityElementInfo Of(FidelityElement element) => All.Single(e => e.Element == element);

    public static string DisplayName(FidelityStandard standard) => standard switch
    {
        FidelityStandard.YearOfCareProcess => "The Year of Care care-planning process",
        _ => "NHS England's five PCSP criteria",
    };

    public static string DisplayName(FidelityRating? rating) => rating switch
    {
        FidelityRating.NotInPlace => "Not in place",
        FidelityRating.Partly => "Partly in place",
        FidelityRating.Fully => "Fully in place",
        _ => "Not rated yet",
    };
}
