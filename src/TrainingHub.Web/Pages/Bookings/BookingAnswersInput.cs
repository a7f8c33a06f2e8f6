using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>The booking questions' form (see _BookingQuestions.cshtml): every answer optional, free text at most 500 characters.</summary>
public sealed class BookingAnswersInput
{
    [MaxLength(BookingAnswers.MaxLength, ErrorMessage = "Access needs must be 500 characters or fewer")]
    public string? AccessNeeds { get; set; }
    [MaxLength(BookingAnswers.MaxLength, ErrorMessage = "Dietary needs must be 500 characters or fewer")]
    public string? DietaryNeeds { get; set; }
    public ProfessionalRole? JobRole { get; set; }

    /// <summary>Which questions the form shows: the event type's, never the form's.</summary>
    [BindNever, ValidateNever] public BookingQuestions Asked { get; set; } = BookingQuestions.None;

    public BookingAnswers ToAnswers() => new(AccessNeeds, DietaryNeeds, JobRole);

    public static BookingAnswersInput From(BookingAnswers answers, BookingQuestions asked) =>
        new() { AccessNeeds = answers.AccessNeeds, DietaryNeeds = answers.DietaryNeeds, JobRole = answers.JobRole, Asked = asked };
}
