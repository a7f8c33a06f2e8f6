using System.ComponentModel.DataAnnotations;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>What the feedback form posts. The booking comes from the address and the person from the sign-in.</summary>
public sealed class FeedbackInput
{
    [Required(ErrorMessage = "Choose an overall rating from 1 to 5")]
    [Range(1, 5, ErrorMessage = "Choose an overall rating from 1 to 5")]
    public int? OverallRating { get; set; }
    public Agreement? BetterUnderstanding { get; set; }
    [Range(1, 5, ErrorMessage = "Choose how confident you felt before, from 1 to 5")]
    public int? ConfidenceBefore { get; set; }
    [Range(1, 5, ErrorMessage = "Choose how confident you feel now, from 1 to 5")]
    public int? ConfidenceAfter { get; set; }
    [StringLength(2000, ErrorMessage = "The most useful part must be 2000 characters or fewer")]
    public string? MostUseful { get; set; }
    [StringLength(2000, ErrorMessage = "What to improve must be 2000 characters or fewer")]
    public string? ToImprove { get; set; }
    public List<TrainingNeeds> Needs { get; set; } = [];
    [StringLength(200, ErrorMessage = "The other training need must be 200 characters or fewer")]
    public string? OtherNeed { get; set; }
    [Required(ErrorMessage = "Say whether we may quote your comments")]
    public bool? MayQuote { get; set; }
    /// <summary>The version of the response the form was filled from; 0 for a first response.</summary>
    public int Version { get; set; }

    public TrainingNeeds ChosenNeeds => Needs.Aggregate(TrainingNeeds.None, (all, n) => all | n);

    /// <summary>The checks that depend on which questions this event type asks; keys are the fields' names.</summary>
    public IEnumerable<(string Key, string Message)> Problems(QuestionSet questions)
    {
        if (questions.AskUnderstanding && (BetterUnderstanding is not { } a || !Enum.IsDefined(a)))
            yield return ("Input.BetterUnderstanding", "Say how far you agree that you have a better understanding of the YOC approach and the PCSP conversation");
        if (questions.AskConfidence && ConfidenceBefore is null)
            yield return ("Input.ConfidenceBefore", "Choose how confident you felt before, from 1 to 5");
        if (questions.AskConfidence && ConfidenceAfter is null)
            yield return ("Input.ConfidenceAfter", "Choose how confident you feel now, from 1 to 5");
        if (questions.AskTrainingNeeds && Needs.Any(n => !FeedbackWords.EachNeed.Contains(n)))
            yield return ("Input.Needs", "Choose training needs from the list");
        if (questions.AskTrainingNeeds && Needs.Contains(TrainingNeeds.Other) && string.IsNullOrWhiteSpace(OtherNeed))
            yield return ("Input.OtherNeed", "Say what other training you need");
    }

    public static FeedbackInput From(FeedbackResponse r) => new()
    {
        OverallRating = r.OverallRating, BetterUnderstanding = r.BetterUnderstanding, ConfidenceBefore = r.ConfidenceBefore,
        ConfidenceAfter = r.ConfidenceAfter, MostUseful = r.MostUseful, ToImprove = r.ToImprove,
        Needs = FeedbackWords.EachNeed.Where(n => r.TrainingNeeds?.HasFlag(n) == true).ToList(),
        OtherNeed = r.OtherNeed, MayQuote = r.MayQuote, Version = r.Version,
    };

    /// <summary>Copies the answers onto a response, leaving unasked questions unanswered.</summary>
    public void ApplyTo(FeedbackResponse r, QuestionSet q)
    {
        r.OverallRating = OverallRating!.Value;
        r.BetterUnderstanding = q.AskUnderstanding ? BetterUnderstanding : null;
        r.ConfidenceBefore = q.AskConfidence ? ConfidenceBefore : null;
        r.ConfidenceAfter = q.AskConfidence ? ConfidenceAfter : null;
        r.MostUseful = Tidy(MostUseful);
        r.ToImprove = Tidy(ToImprove);
        r.TrainingNeeds = q.AskTrainingNeeds ? ChosenNeeds : null;
        r.OtherNeed = q.AskTrainingNeeds && Needs.Contains(TrainingNeeds.Other) ? Tidy(OtherNeed) : null;
        r.MayQuote = MayQuote!.Value;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
