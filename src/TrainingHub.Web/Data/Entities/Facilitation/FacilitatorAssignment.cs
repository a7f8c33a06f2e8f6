namespace TrainingHub.Web.Data.Entities.Facilitation;

/// <summary>A practice in a facilitator's caseload from one date to another (open-ended while current).</summary>
public class FacilitatorAssignment
{
    public int Id { get; set; }
    public int FacilitatorId { get; set; }
    public Person? Facilitator { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public DateOnly StartsOn { get; set; }
    /// <summary>The last day of the assignment; null while it runs on.</summary>
    public DateOnly? EndsOn { get; set; }
    /// <summary>When a lead ended it on its last day: access stops at that moment, not at midnight.</summary>
    public DateTimeOffset? EndedAt { get; set; }
    public int AssignedById { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
