using System.ComponentModel.DataAnnotations;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>What an assessor types: who they observed, one rating and evidence per criterion (in QaCriteria.All order), the outcome.</summary>
public sealed class ObservationInput
{
    public int? ObservedPersonId { get; set; }
    public List<CriterionInput> Criteria { get; set; } = [];
    public QaOutcome? Outcome { get; set; }

    [StringLength(8000, ErrorMessage = "Development actions must be 8000 characters or fewer")]
    public string? DevelopmentActions { get; set; }
}

public sealed class CriterionInput
{
    public QaRating? Rating { get; set; }

    [StringLength(8000, ErrorMessage = "Evidence must be 8000 characters or fewer")]
    public string? Evidence { get; set; }
}
