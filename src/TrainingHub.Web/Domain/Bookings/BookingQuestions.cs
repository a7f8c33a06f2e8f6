using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Domain.Bookings;

/// <summary>Which of the optional questions an event type asks when someone books a place on one of its events.</summary>
public sealed record BookingQuestions(bool AccessNeeds, bool DietaryNeeds, bool JobRole)
{
    public static readonly BookingQuestions None = new(false, false, false);

    public bool Any => AccessNeeds || DietaryNeeds || JobRole;
}

/// <summary>
/// What an attendee answered to the booking questions. Every answer is optional; free text is trimmed, blank is no
/// answer, and an answer longer than <see cref="MaxLength"/> is refused rather than cut, so nothing typed is lost silently.
/// </summary>
public sealed record BookingAnswers(string? AccessNeeds, string? DietaryNeeds, ProfessionalRole? JobRole)
{
    public const int MaxLength = 500;

    public static readonly BookingAnswers None = new(null, null, null);

    /// <summary>The same answers trimmed, with blanks as no answer and only the questions <paramref name="asked"/> kept.</summary>
    public BookingAnswers Tidied(BookingQuestions asked) => new(
        asked.AccessNeeds ? Tidy(AccessNeeds) : null,
        asked.DietaryNeeds ? Tidy(DietaryNeeds) : null,
        asked.JobRole ? JobRole : null);

    /// <summary>Why the answers cannot be kept (and which answer), or null when they can.</summary>
    public (string Problem, string Field)? WhyNot()
    {
        if (Tidy(AccessNeeds) is { Length: > MaxLength }) return ($"Access needs must be {MaxLength} characters or fewer", nameof(AccessNeeds));
        if (Tidy(DietaryNeeds) is { Length: > MaxLength }) return ($"Dietary needs must be {MaxLength} characters or fewer", nameof(DietaryNeeds));
        if (JobRole is { } role && !Enum.IsDefined(role)) return ("Choose a job role from the list", nameof(JobRole));
        return null;
    }

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
