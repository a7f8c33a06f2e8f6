using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Data.Entities.Events;

/// <summary>
/// A kind of event the programme runs (a YOC training course, a facilitator course…). Programme leads edit the
/// defaults; the description is the Markdown page content/courses/{Slug}.md.
/// </summary>
public class EventType
{
    public int Id { get; set; }
    /// <summary>Stable key: names the course page and the accreditation that lets a trainer lead this type.</summary>
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int DefaultDays { get; set; } = 1;
    public TimeOnly DefaultStartTime { get; set; }
    public TimeOnly DefaultEndTime { get; set; }
    public int DefaultCapacity { get; set; }
    public EventAudience Audience { get; set; }
    /// <summary>The slug of the event type a trainer must be accredited for to lead this one; null when any trainer may.</summary>
    public string? RequiredAccreditation { get; set; }
    public bool CountsTowardsPracticeTrained { get; set; }
    /// <summary>How long an accreditation to lead this type lasts once granted by a QA observation.</summary>
    public int AccreditationYears { get; set; } = Domain.Trainers.AccreditationRules.DefaultYears;
    /// <summary>Booking asks about access needs (optional free text).</summary>
    public bool AsksAccessNeeds { get; set; }
    /// <summary>Booking asks about dietary needs (optional free text).</summary>
    public bool AsksDietaryNeeds { get; set; }
    /// <summary>Booking asks the attendee to confirm their job role.</summary>
    public bool AsksJobRole { get; set; }

    public Domain.Bookings.BookingQuestions Questions => new(AsksAccessNeeds, AsksDietaryNeeds, AsksJobRole);

    public string ContentPath => $"courses/{Slug}";
}
