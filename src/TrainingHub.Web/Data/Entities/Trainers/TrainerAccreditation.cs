namespace TrainingHub.Web.Data.Entities.Trainers;

/// <summary>
/// A trainer's accreditation to lead one kind of event (named by the event type slug that event types require),
/// valid on UK calendar days from GrantedOn to ValidUntil inclusive. One row per person and accreditation:
/// an accredited QA observation grants it or renews it.
/// </summary>
public class TrainerAccreditation
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string AccreditationSlug { get; set; }
    public DateOnly GrantedOn { get; set; }
    public DateOnly ValidUntil { get; set; }
    /// <summary>May observe and quality-assure other trainers delivering this kind of event.</summary>
    public bool CanAssess { get; set; }
    public long? LastObservationId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
