namespace TrainingHub.Web.Data.Entities.Facilitation;

public enum VisitMode { OnSite = 0, Video = 1, Phone = 2 }

public enum VisitPurpose
{
    InitialSupport = 0,
    Troubleshooting = 1,
    ItAndTemplates = 2,
    ProcessRedesign = 3,
    FidelityReviewFollowUp = 4,
    Other = 5,
}

/// <summary>A facilitator's support visit to a practice. Only the facilitator who recorded it may change it.</summary>
public class PracticeVisit
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public int FacilitatorId { get; set; }
    public Person? Facilitator { get; set; }
    public DateOnly VisitedOn { get; set; }
    public VisitMode Mode { get; set; }
    public int DurationMinutes { get; set; }
    public VisitPurpose Purpose { get; set; }
    /// <summary>Markdown, shown through the safe renderer.</summary>
    public string? Notes { get; set; }
    public DateOnly? FollowUpOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<VisitAction> Actions { get; set; } = [];
}

/// <summary>
/// An action agreed with a practice, at a visit or from a fidelity review's areas for support.
/// Exactly one of <see cref="PracticeVisitId"/> and <see cref="FidelityReviewId"/> is set.
/// </summary>
public class VisitAction
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public int? PracticeVisitId { get; set; }
    public PracticeVisit? PracticeVisit { get; set; }
    public int? FidelityReviewId { get; set; }
    public FidelityReview? FidelityReview { get; set; }
    /// <summary>For an action from a review: the element it supports, when it is about one.</summary>
    public Domain.Facilitation.FidelityElement? Area { get; set; }
    public required string Description { get; set; }
    /// <summary>Who at the practice or in the programme will do it, in the words agreed (they may have no account).</summary>
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
    public DateOnly? DoneOn { get; set; }
    /// <summary>The facilitator or lead who agreed the action and follows it up.</summary>
    public int RecordedById { get; set; }
}
