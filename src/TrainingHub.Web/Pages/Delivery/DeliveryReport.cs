using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Delivery;

/// <summary>Events of one type delivered in one place in one year, and who completed them.</summary>
public sealed record DeliveryRow(int Year, string Place, string EventType, int Events, int Attendees, int DistinctClinicians, int DistinctPractices);

/// <summary>All years and places together, per event type: the programme's delivery record.</summary>
public sealed record DeliveryByType(string EventType, int Events, int Attendees, int DistinctClinicians, int DistinctPractices);

/// <summary>The latest completed fidelity review of each active practice, counted by its red, amber or green.</summary>
public sealed record FidelityDistribution(int Red, int Amber, int Green, int Overdue, int ActivePracticesReviewed);

/// <summary>
/// Of the delivered events' responses that answered the understanding question, how many agree or strongly agree
/// (the feedback report's own <see cref="FeedbackFigures.BetterUnderstanding"/>); Responses counts every response.
/// </summary>
public sealed record FeedbackHeadline(Share BetterUnderstanding, int Responses);

/// <summary>Distinct people accredited today, accreditations held today that expire within the days given, and ToT completers not accredited.</summary>
public sealed record TrainerPoolSummary(int AccreditedTrainers, int ExpiringSoon, int ExpiringWithinDays, int InPipeline);

/// <summary>What the delivery page shows and /api/delivery returns: one model, so they cannot disagree.</summary>
public sealed record DeliveryReport(
    DateOnly On, IReadOnlyList<string> Definitions, IReadOnlyList<DeliveryByType> ByType, IReadOnlyList<DeliveryRow> ByPlaceAndYear,
    FidelityDistribution Fidelity, FeedbackHeadline Feedback, TrainerPoolSummary TrainerPool)
{
    public const string ProgrammeWide = "Programme-wide";

    public static readonly IReadOnlyList<string> Rule =
    [
        "An event is delivered when it was published (not cancelled) and its last session has ended; its year is the year of its first session (UK time).",
        "Attendees are completed bookings: present at every session. Distinct clinicians are people in a clinical role when they completed; distinct practices are the practices they worked in when they completed.",
        "An event with no place serves the whole programme and is counted under " + ProgrammeWide + ".",
        "The feedback headline is over the delivered events: responses from attendees who completed them, as a share of those who answered the understanding question.",
        "An accreditation is current from the day it was granted to its valid-until day inclusive (UK dates); trainees in the pipeline completed Train the Trainer and hold no current accreditation.",
    ];
}
