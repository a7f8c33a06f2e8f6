using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.FormComponents;

namespace TrainingHub.Web.Pages.Facilitation.Reviews;

public sealed class ReviewInput
{
    [Display(Name = "Date of the review")] public DateOnly? ReviewedOn { get; set; }
    [Display(Name = "Next review due date")] public DateOnly? NextReviewDue { get; set; }
    public string? Summary { get; set; }
    /// <summary>The version of the review the form was loaded from: the optimistic concurrency token.</summary>
    public int Version { get; set; }
    public List<ElementInput> Elements { get; set; } = [];

    public static ReviewInput From(FidelityReview review) => new()
    {
        ReviewedOn = review.ReviewedOn, NextReviewDue = review.NextReviewDue, Summary = review.Summary, Version = review.Version,
        Elements = FidelityElements.All.Select(e => review.Ratings.FirstOrDefault(r => r.Element == e.Element) is { } r
            ? new ElementInput { Element = e.Element, Rating = r.Rating, Evidence = r.Evidence }
            : new ElementInput { Element = e.Element }).ToList(),
    };

    public ElementInput For(FidelityElement element) =>
        Elements.FirstOrDefault(e => e.Element == element) ?? new ElementInput { Element = element };

    public IReadOnlyDictionary<FidelityElement, FidelityRating?> Ratings() =>
        FidelityElements.All.ToDictionary(e => e.Element, e => For(e.Element).Rating);

    public void Validate(ModelStateDictionary errors, bool completing)
    {
        if (errors.DateMissing("Input.ReviewedOn", ReviewedOn)) errors.AddModelError("Input.ReviewedOn", "Enter the date of the review");
        if (errors.DateMissing("Input.NextReviewDue", NextReviewDue)) errors.AddModelError("Input.NextReviewDue", "Enter the date the next review is due");
        else if (ReviewedOn is not null && NextReviewDue is not null && NextReviewDue <= ReviewedOn) errors.AddModelError("Input.NextReviewDue", "The next review must be due after this review");
        if (Summary?.Length > 4000) errors.AddModelError("Input.Summary", "The summary must be 4000 characters or fewer");
        foreach (var (info, i) in FidelityElements.All.Select((e, i) => (e, i)))
        {
            var element = For(info.Element);
            if (element.Rating is { } rating && !Enum.IsDefined(rating)) errors.AddModelError(Key(i, "Rating"), $"Choose a rating for element {i + 1}");
            if (completing && element.Rating is null) errors.AddModelError(Key(i, "Rating"), $"Rate element {i + 1} before completing the review: {info.Wording}");
            if (element.Evidence?.Length > 4000) errors.AddModelError(Key(i, "Evidence"), $"The evidence for element {i + 1} must be 4000 characters or fewer");
        }
    }

    /// <summary>The form's fields top to bottom, so the error summary lists refusals in the order they are met.</summary>
    public static string[] FieldOrder() =>
    [
        EditModel.ConflictKey, "Input.ReviewedOn",
        .. FidelityElements.All.Select((_, i) => i).SelectMany(i => new[] { Key(i, "Rating"), Key(i, "Evidence") }),
        "Input.Summary", "Input.NextReviewDue",
    ];

    /// <summary>Form keys follow the standard's order, whatever order the elements were posted in.</summary>
    public static string Key(int index, string field) => $"Input.Elements[{index}].{field}";
}

public sealed class ElementInput
{
    public FidelityElement Element { get; set; }
    public FidelityRating? Rating { get; set; }
    public string? Evidence { get; set; }
}
