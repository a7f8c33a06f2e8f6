using System.ComponentModel.DataAnnotations;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>What a lead types into the event form: UK dates and times, never entities.</summary>
public sealed class EventInput
{
    [Required(ErrorMessage = "Choose the type of event")]
    public int? EventTypeId { get; set; }

    [Required(ErrorMessage = "Enter a title"), StringLength(200, ErrorMessage = "Title must be 200 characters or fewer")]
    public string? Title { get; set; }

    public int? PlaceId { get; set; }
    public bool IsOnline { get; set; }

    /// <summary>A venue from the directory; none means "other": the venue typed in the fields below.</summary>
    public int? VenueId { get; set; }

    [StringLength(200, ErrorMessage = "Venue name must be 200 characters or fewer")]
    public string? VenueName { get; set; }

    [StringLength(500, ErrorMessage = "Venue address must be 500 characters or fewer")]
    public string? VenueAddress { get; set; }

    [StringLength(1000, ErrorMessage = "Accessibility notes must be 1000 characters or fewer")]
    public string? AccessibilityNotes { get; set; }

    [StringLength(500, ErrorMessage = "Joining link must be 500 characters or fewer")]
    public string? JoiningLink { get; set; }

    [Required(ErrorMessage = "Enter the number of places"), Range(1, 500, ErrorMessage = "Number of places must be between 1 and 500")]
    public int? Capacity { get; set; }

    /// <summary>Empty means the programme's usual time.</summary>
    [Range(0, Domain.Bookings.SelfCheckIn.MostOpensMinutesBefore, ErrorMessage = "Check-in must open between 0 and 240 minutes before each session")]
    public int? CheckInOpensMinutesBefore { get; set; } = Domain.Bookings.SelfCheckIn.DefaultOpensMinutesBefore;

    /// <summary>Typed in the NHS date input (day, month, year); a date that cannot be is refused as "… must be a real date".</summary>
    [Display(Name = "Booking opens on")]
    public DateOnly? BookingOpensOn { get; set; }
    [Display(Name = "Booking closes on")]
    public DateOnly? BookingClosesOn { get; set; }

    /// <summary>The version of the event the form was filled from; saving fails if someone saved since.</summary>
    public int Sequence { get; set; }

    public List<SessionInput> Sessions { get; set; } = [];
    public List<TrainerInput> Trainers { get; set; } = [];
}

public sealed class SessionInput
{
    public DateOnly? Date { get; set; }
    public TimeOnly? Start { get; set; }
    public TimeOnly? End { get; set; }
    public bool IsBlank => Date is null && Start is null && End is null;
}

public sealed class TrainerInput
{
    public int? PersonId { get; set; }
    public TrainerRole Role { get; set; } = TrainerRole.CoTrainer;
}
