namespace TrainingHub.Web.Data.Entities;

public enum SelfAssessmentStatus { Draft = 0, Submitted = 1 }

/// <summary>
/// An area's dated self-assessment against the PCSP maturity matrix. The area is an ICS as a whole, a place,
/// or a PCN within a place; <see cref="AreaKey"/> names it in one column so the database can hold the rules
/// "one assessment per area and date" and "one draft per area at a time".
/// </summary>
public class SelfAssessment
{
    public int Id { get; set; }
    public int IntegratedCareSystemId { get; set; }
    public IntegratedCareSystem? IntegratedCareSystem { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    public int? PrimaryCareNetworkId { get; set; }
    public PrimaryCareNetwork? PrimaryCareNetwork { get; set; }
    public required string AreaKey { get; set; }
    public DateOnly AssessedOn { get; set; }
    public SelfAssessmentStatus Status { get; set; }
    /// <summary>The assessment this one started from, when the area had one before.</summary>
    public int? StartedFromId { get; set; }
    public int CreatedByPersonId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int? SubmittedByPersonId { get; set; }
    public Person? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    /// <summary>Raised by every save; a save or submit that names an older version changes nothing.</summary>
    public int Version { get; set; }
    public List<SelfAssessmentRating> Ratings { get; set; } = [];
}

/// <summary>One enabler's level, evidence and planned actions. The enabler is named by its key in the content file.</summary>
public class SelfAssessmentRating
{
    public int Id { get; set; }
    public int SelfAssessmentId { get; set; }
    public SelfAssessment? SelfAssessment { get; set; }
    public required string EnablerKey { get; set; }
    /// <summary>1 Emerging to 4 Embedded; empty while a draft has not rated the enabler yet.</summary>
    public int? Level { get; set; }
    public string? Evidence { get; set; }
    public List<SelfAssessmentAction> Actions { get; set; } = [];
}

public class SelfAssessmentAction
{
    public int Id { get; set; }
    public int SelfAssessmentRatingId { get; set; }
    public SelfAssessmentRating? Rating { get; set; }
    public int Position { get; set; }
    public required string Description { get; set; }
    public required string Owner { get; set; }
    public DateOnly DueOn { get; set; }
}
