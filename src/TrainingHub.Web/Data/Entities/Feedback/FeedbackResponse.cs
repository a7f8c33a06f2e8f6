using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Data.Entities.Feedback;

/// <summary>
/// One attendee's feedback on one completed event: at most one per booking (a unique index), changed in place while
/// the form is open. Reports never show who gave it; only the booking links it to a person.
/// </summary>
public class FeedbackResponse
{
    public int Id { get; set; }
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    /// <summary>The booking's event, kept here so reports filter and group on an index.</summary>
    public int ProgrammeEventId { get; set; }
    public ProgrammeEvent? ProgrammeEvent { get; set; }
    public int OverallRating { get; set; }
    /// <summary>Null when the event type does not ask it.</summary>
    public Agreement? BetterUnderstanding { get; set; }
    public int? ConfidenceBefore { get; set; }
    public int? ConfidenceAfter { get; set; }
    public string? MostUseful { get; set; }
    public string? ToImprove { get; set; }
    /// <summary>Null when the event type does not ask it; None when asked and nothing chosen.</summary>
    public TrainingNeeds? TrainingNeeds { get; set; }
    public string? OtherNeed { get; set; }
    public bool MayQuote { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Bumped on every change: an edit made from a stale copy of the form fails instead of overwriting.</summary>
    public int Version { get; set; }
}

/// <summary>A lead's choice of which switchable questions an event type's feedback form asks.</summary>
public class EventTypeFeedbackSettings
{
    public int EventTypeId { get; set; }
    public EventType? EventType { get; set; }
    public bool AskUnderstanding { get; set; }
    public bool AskConfidence { get; set; }
    public bool AskTrainingNeeds { get; set; }
    public bool Anonymous { get; set; }

    public QuestionSet Questions => new(AskUnderstanding, AskConfidence, AskTrainingNeeds, Anonymous);
}
