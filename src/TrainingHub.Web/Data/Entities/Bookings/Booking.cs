using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Data.Entities.Bookings;

/// <summary>
/// One person's place (or place in line) on one event. A whole-practice reservation is a booking with a practice
/// and no person yet; the practice names the attendee later. Its state moves only through its own methods, by the
/// rules of <see cref="BookingLifecycle"/>, and every move is kept as a <see cref="BookingTransition"/>.
/// </summary>
public class Booking
{
    /// <summary>The longest cancellation reason kept; a longer one is cut.</summary>
    public const int ReasonLength = 1000;

    private Booking() { }

    /// <summary>
    /// A new request for a place, not yet placed: <see cref="MoveTo"/> books it or puts it in line. The id is given
    /// only by bulk generators that write their own keys.
    /// </summary>
    public static Booking Request(int eventId, int? personId, int? practiceId, ProfessionalRole? role, DateTimeOffset at,
        int? bookedById = null, string? note = null, int id = 0) => new()
        {
            Id = id, ProgrammeEventId = eventId, PersonId = personId, PracticeId = practiceId, ProfessionalRole = role,
            State = BookingState.Requested, CreatedAt = at, UpdatedAt = at, BookedById = bookedById,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };

    /// <summary>A request for a person on an event not yet saved (the demo and tests build whole worlds at once).</summary>
    public static Booking Request(ProgrammeEvent programmeEvent, Person person, DateTimeOffset at, int? bookedById = null)
    {
        var booking = Request(programmeEvent.Id, person.Id, person.PracticeId, person.ProfessionalRole, at, bookedById);
        booking.ProgrammeEvent = programmeEvent;
        if (person.Id == 0) booking.Person = person;
        return booking;
    }

    public int Id { get; private set; }
    public int ProgrammeEventId { get; private set; }
    public ProgrammeEvent? ProgrammeEvent { get; private set; }
    /// <summary>Null only for a practice's reserved place not yet named.</summary>
    public int? PersonId { get; private set; }
    public Person? Person { get; private set; }
    /// <summary>
    /// The practice the person works in, kept up to date while the booking is still to be attended and fixed once it
    /// completes: coverage counts a completion for the practice they worked in then, even if they move later.
    /// </summary>
    public int? PracticeId { get; private set; }
    public Practice? Practice { get; private set; }
    /// <summary>The person's job role, kept the same way, for the same reason.</summary>
    public ProfessionalRole? ProfessionalRole { get; private set; }
    public BookingState State { get; private set; }
    /// <summary>Place in the waiting list (1 is first); null when not waiting.</summary>
    public int? WaitingPosition { get; private set; }
    public DateTimeOffset? OfferedAt { get; private set; }
    public DateTimeOffset? OfferExpiresAt { get; private set; }
    /// <summary>Who made the booking when it was not the person themselves (a lead, a practice manager).</summary>
    public int? BookedById { get; private set; }
    public string? Note { get; private set; }
    /// <summary>When the person was added to the register at the door without a place booked beforehand; null otherwise.</summary>
    public DateTimeOffset? WalkInAt { get; private set; }
    /// <summary>Who added the walk-in (a lead or one of the event's trainers).</summary>
    public int? WalkInById { get; private set; }
    /// <summary>The attendee's answer to the event type's access needs question; seen only by them, leads and the event's trainers.</summary>
    public string? AccessNeeds { get; private set; }
    /// <summary>The attendee's answer to the dietary needs question, seen by the same people.</summary>
    public string? DietaryNeeds { get; private set; }
    /// <summary>The job role the attendee confirmed when asked; null when not asked or not answered.</summary>
    public ProfessionalRole? ConfirmedJobRole { get; private set; }
    public BookingAnswers Answers => new(AccessNeeds, DietaryNeeds, ConfirmedJobRole);
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public int? CancelledById { get; private set; }
    public string? CancellationReason { get; private set; }
    public bool IsLateCancellation { get; private set; }
    /// <summary>When the person had been present at every session: the event is completed (state Attended).</summary>
    public DateTimeOffset? CompletedAt { get; private set; }
    /// <summary>Bumped on every change; the concurrency token.</summary>
    public int Version { get; private set; }
    public List<BookingTransition> Transitions { get; private set; } = [];
    public List<SessionAttendance> Attendance { get; private set; } = [];

    /// <summary>
    /// Moves the state machine one step and records who moved it and why. Returns why not (and changes nothing)
    /// when the move is not allowed. Leaving the line clears the place in it; attending completes the event (at
    /// <paramref name="completedAt"/>, or now) and any other move clears the completion. Saving is the caller's:
    /// <see cref="Version"/> makes a stale move fail there.
    /// </summary>
    public string? MoveTo(BookingState to, int? byPersonId, string? reason, DateTimeOffset at, DateTimeOffset? completedAt = null)
    {
        if (BookingLifecycle.WhyNot(State, to) is { } whyNot) return whyNot;
        Transitions.Add(new BookingTransition { From = State, To = to, ById = byPersonId, Reason = reason, At = at });
        State = to;
        if (to != BookingState.Waitlisted) WaitingPosition = null;
        CompletedAt = to == BookingState.Attended ? completedAt ?? at : null;
        Claim(at);
        return null;
    }

    /// <summary>
    /// The one cancellation, whoever makes it (the person, a lead, the event's cancellation, a lapsed offer, a
    /// reserved place named): who, when and why; late when a booked place goes after the cut-off.
    /// </summary>
    public string? Cancel(int? byPersonId, string reason, DateTimeOffset at, bool late = false)
    {
        var wasBooked = State == BookingState.Booked;
        if (MoveTo(BookingState.Cancelled, byPersonId, reason, at) is { } whyNot) return whyNot;
        CancelledAt = at;
        CancelledById = byPersonId;
        CancellationReason = reason.Length > ReasonLength ? reason[..ReasonLength] : reason;
        IsLateCancellation = wasBooked && late;
        OfferExpiresAt = null;
        return null;
    }

    /// <summary>Joins the waiting list at the end of the line (the caller knows where the line ends).</summary>
    public string? JoinWaitingList(int position, int? byPersonId, string reason, DateTimeOffset at)
    {
        if (MoveTo(BookingState.Waitlisted, byPersonId, reason, at) is { } whyNot) return whyNot;
        WaitingPosition = position;
        return null;
    }

    /// <summary>A new place in the line after someone left it or was moved in it.</summary>
    public void MoveInLine(int position)
    {
        if (State != BookingState.Waitlisted) throw new InvalidOperationException($"Booking {Id} is not on the waiting list");
        if (WaitingPosition == position) return;
        WaitingPosition = position;
        Version++;
    }

    /// <summary>A place offered from the waiting list, held until the offer lapses.</summary>
    public string? Offer(DateTimeOffset offeredAt, DateTimeOffset expiresAt, string reason, DateTimeOffset at)
    {
        if (MoveTo(BookingState.Offered, null, reason, at) is { } whyNot) return whyNot;
        OfferedAt = offeredAt;
        OfferExpiresAt = expiresAt;
        return null;
    }

    /// <summary>Someone added to the register at the door: booked, with who added them and when.</summary>
    public string? AdmitWalkIn(int byPersonId, string reason, DateTimeOffset at)
    {
        if (MoveTo(BookingState.Booked, byPersonId, reason, at) is { } whyNot) return whyNot;
        WalkInAt = at;
        WalkInById = byPersonId;
        OfferExpiresAt = null;
        return null;
    }

    /// <summary>
    /// Records the answers to the questions the event type <paramref name="asked"/> (trimmed, blanks as no answer,
    /// answers to questions not asked dropped), replacing any earlier ones. Returns why not, and changes nothing,
    /// when an answer is too long.
    /// </summary>
    public string? Answer(BookingAnswers answers, BookingQuestions asked, DateTimeOffset at)
    {
        if (answers.WhyNot() is { } whyNot) return whyNot.Problem;
        var tidied = answers.Tidied(asked);
        if (tidied == Answers) return null;
        AccessNeeds = tidied.AccessNeeds;
        DietaryNeeds = tidied.DietaryNeeds;
        ConfirmedJobRole = tidied.JobRole;
        Claim(at);
        return null;
    }

    /// <summary>
    /// Marks the booking changed without moving it, so a save that read it before this one fails on
    /// <see cref="Version"/> rather than winning with what it read.
    /// </summary>
    public void Claim(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
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
