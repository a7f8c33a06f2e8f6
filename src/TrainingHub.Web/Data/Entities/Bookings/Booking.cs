using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Data.Entities.Bookings;

/// <summary>
/// One person's place (or place in line) on one event. A whole-practice reservation is a booking with a practice
/// and no person yet; the practice names the attendee later. The state moves only through
/// <see cref="BookingLifecycle"/>, and every move is kept as a <see cref="BookingTransition"/>.
/// </summary>
public class Booking
{
    public int Id { get; set; }
    public int ProgrammeEventId { get; set; }
    public ProgrammeEvent? ProgrammeEvent { get; set; }
    /// <summary>Null only for a practice's reserved place not yet named.</summary>
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>
    /// The practice the person works in, kept up to date while the booking is still to be attended and fixed once it
    /// completes: coverage counts a completion for the practice they worked in then, even if they move later.
    /// </summary>
    public int? PracticeId { get; set; }
    public Practice? Practice { get; set; }
    /// <summary>The person's job role, kept the same way, for the same reason.</summary>
    public ProfessionalRole? ProfessionalRole { get; set; }
    public BookingState State { get; set; }
    /// <summary>Place in the waiting list (1 is first); null when not waiting.</summary>
    public int? WaitingPosition { get; set; }
    public DateTimeOffset? OfferedAt { get; set; }
    public DateTimeOffset? OfferExpiresAt { get; set; }
    /// <summary>Who made the booking when it was not the person themselves (a lead, a practice manager).</summary>
    public int? BookedById { get; set; }
    public string? Note { get; set; }
    /// <summary>When the person was added to the register at the door without a place booked beforehand; null otherwise.</summary>
    public DateTimeOffset? WalkInAt { get; set; }
    /// <summary>Who added the walk-in (a lead or one of the event's trainers).</summary>
    public int? WalkInById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public int? CancelledById { get; set; }
    public string? CancellationReason { get; set; }
    public bool IsLateCancellation { get; set; }
    /// <summary>When the person had been present at every session: the event is completed (state Attended).</summary>
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Bumped on every change; the concurrency token.</summary>
    public int Version { get; set; }
    public List<BookingTransition> Transitions { get; set; } = [];
    public List<SessionAttendance> Attendance { get; set; } = [];

    /// <summary>
    /// Moves the state machine one step and records who moved it and why. Returns why not (and changes nothing)
    /// when the move is not allowed. Saving is the caller's: <see cref="Version"/> makes a stale move fail there.
    /// </summary>
    public string? MoveTo(BookingState to, int? byPersonId, string? reason, DateTimeOffset at)
    {
        if (BookingLifecycle.WhyNot(State, to) is { } whyNot) return whyNot;
        Transitions.Add(new BookingTransition { From = State, To = to, ById = byPersonId, Reason = reason, At = at });
        State = to;
        UpdatedAt = at;
        Version++;
        return null;
    }
}

/// <summary>A move of the booking state machine: from, to, who, when and why.</summary>
public class BookingTransition
{
    public long Id { get; set; }
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public BookingState From { get; set; }
    public BookingState To { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Null when the portal itself moved it (an offer lapsing, a job).</summary>
    public int? ById { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The register for one session (day) of an event: present or absent, marked at the door or by self check-in.</summary>
public class SessionAttendance
{
    public int Id { get; set; }
    public int BookingId { get; set; }
    public Booking? Booking { get; set; }
    public int EventSessionId { get; set; }
    public EventSession? EventSession { get; set; }
    public bool Present { get; set; }
    public DateTimeOffset MarkedAt { get; set; }
    public int? MarkedById { get; set; }
    public bool SelfCheckedIn { get; set; }
}
