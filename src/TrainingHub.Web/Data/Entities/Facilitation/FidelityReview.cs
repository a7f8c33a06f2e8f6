using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Web.Data.Entities.Facilitation;

public enum ReviewStatus { Draft = 0, Completed = 1 }

/// <summary>
/// A review of how faithfully a practice runs the PCSP model. <see cref="Version"/> is the optimistic
/// concurrency token: every save adds one and succeeds only if the row still holds the version the editor loaded.
/// </summary>
public class FidelityReview
{
    public int Id { get; set; }
    public int PracticeId { get; set; }
    public Practice? Practice { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public DateOnly NextReviewDue { get; set; }
    public ReviewStatus Status { get; set; }
    public string? Summary { get; set; }
    public int Version { get; set; }
    public int StartedById { get; set; }
    public Person? StartedBy { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public int UpdatedById { get; set; }
    public Person? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public List<FidelityElementRating> Ratings { get; set; } = [];
    public List<VisitAction> Actions { get; set; } = [];
}

public class FidelityElementRating
{
    public int Id { get; set; }
    public int FidelityReviewId { get; set; }
    public FidelityElement Element { get; set; }
    /// <summary>Null until rated; a review is completed only when every element is rated.</summary>
    public FidelityRating? Rating { get; set; }
    public string? Evidence { get; set; }
}
