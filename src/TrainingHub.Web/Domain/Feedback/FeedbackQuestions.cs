namespace TrainingHub.Web.Domain.Feedback;

/// <summary>The five-point agreement scale, stored as its number so reports can count "agree or strongly agree".</summary>
public enum Agreement { StronglyDisagree = 1, Disagree = 2, NeitherAgreeNorDisagree = 3, Agree = 4, StronglyAgree = 5 }

/// <summary>Further training an attendee says they need: the areas of discomfort the programme found (seed 000).</summary>
[Flags]
public enum TrainingNeeds
{
    None = 0,
    LowMoodAndPsychological = 1,
    Dementia = 2,
    Musculoskeletal = 4,
    MultipleLongTermConditions = 8,
    Frailty = 16,
    ConversationSkills = 32,
    Other = 64,
}

/// <summary>
/// Which of the switchable questions an event type's form asks, and whether its forms are anonymous (then leads
/// never see who has not answered). The overall rating, the two comments and the quoting question are always asked.
/// </summary>
public sealed record QuestionSet(bool AskUnderstanding, bool AskConfidence, bool AskTrainingNeeds, bool Anonymous)
{
    public static readonly QuestionSet Everything = new(true, true, true, false);

    /// <summary>Meetings of trainers or facilitators are not PCSP training: no understanding or confidence question.</summary>
    public static QuestionSet DefaultFor(string eventTypeSlug) =>
        eventTypeSlug.EndsWith("-meeting", StringComparison.Ordinal) ? Everything with { AskUnderstanding = false, AskConfidence = false } : Everything;
}

public static class FeedbackWords
{
    public const string UnderstandingStatement = "I have a better understanding of the YOC approach and the PCSP conversation";

    public static string Of(Agreement a) => a switch
    {
        Agreement.StronglyDisagree => "Strongly disagree",
        Agreement.Disagree => "Disagree",
        Agreement.NeitherAgreeNorDisagree => "Neither agree nor disagree",
        Agreement.Agree => "Agree",
        _ => "Strongly agree",
    };

    public static readonly TrainingNeeds[] EachNeed =
    [
        TrainingNeeds.LowMoodAndPsychological, TrainingNeeds.Dementia, TrainingNeeds.Musculoskeletal,
        TrainingNeeds.MultipleLongTermConditions, TrainingNeeds.Frailty, TrainingNeeds.ConversationSkills, TrainingNeeds.Other,
    ];

    public static string Of(TrainingNeeds need) => need switch
    {
        TrainingNeeds.LowMoodAndPsychological => "Low mood and psychological issues",
        TrainingNeeds.Dementia => "Dementia",
        TrainingNeeds.Musculoskeletal => "MSK",
        TrainingNeeds.MultipleLongTermConditions => "Multiple long-term conditions",
        TrainingNeeds.Frailty => "Frailty",
        TrainingNeeds.ConversationSkills => "Conversation skills",
        _ => "Other",
    };

    /// <summary>The topic-session event type (slug) that answers a need; null where the programme has none yet.</summary>
    public static string? TopicSlugFor(TrainingNeeds need) => need switch
    {
        TrainingNeeds.LowMoodAndPsychological => "topic-low-mood",
        TrainingNeeds.Dementia => "topic-dementia",
        TrainingNeeds.Musculoskeletal => "topic-msk",
        TrainingNeeds.MultipleLongTermConditions => "topic-multiple-ltcs",
        TrainingNeeds.ConversationSkills => "topic-conversation-skills",
        _ => null,
    };
}
