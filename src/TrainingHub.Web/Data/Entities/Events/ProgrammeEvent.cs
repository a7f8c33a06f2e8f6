using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Data.Entities.Events;

/// <summary>One run of an event type: its sessions, venue or joining link, capacity, trainers and status.</summary>
public class ProgrammeEvent
{
    public int Id { get; set; }
    public int EventTypeId { get; set; }
    public EventType? EventType { get; set; }
    public required string Title { get; set; }
    /// <summary>The place it serves; null for programme-wide events such as trainer meetings.</summary>
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    public bool IsOnline { get; set; }
    /// <summary>
    /// The venue chosen from the directory; null for an online event or one at a venue typed in ("other"). The name,
    /// address and accessibility notes below are copied from it when the event is saved: they are what attendees were told.
    /// </summary>
    public int? VenueId { get; set; }
    public Venues.Venue? Venue { get; set; }
    public string? VenueName { get; set; }
    public string? VenueAddress { get; set; }
    public string? AccessibilityNotes { get; set; }
    public string? JoiningLink { get; set; }
    public int Capacity { get; set; }
    public DateTimeOffset? BookingOpensAt { get; set; }
    public DateTimeOffset? BookingClosesAt { get; set; }
    /// <summary>Attendees may cancel their own place until this many hours before the first session.</summary>
    public int CancellationCutOffHours { get; set; } = 48;
    /// <summary>How long a waiting-list offer stands before it passes to the next in line.</summary>
    public int OfferWindowHours { get; set; } = 48;
    /// <summary>Give a freed place straight to the first in line instead of offering it.</summary>
    public bool PromoteImmediately { get; set; }
    /// <summary>Self check-in opens this many minutes before each session starts (and closes when it ends).</summary>
    public int CheckInOpensMinutesBefore { get; set; } = Domain.Bookings.SelfCheckIn.DefaultOpensMinutesBefore;
    public EventStatus Status { get; set; }
    public string? CancellationReason { get; set; }
    /// <summary>First session's start and last session's end, kept with the sessions so lists filter and sort on an index.</summary>
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    /// <summary>Bumped on every change: the calendar SEQUENCE and the concurrency token, so two edits cannot both win.</summary>
    public int Sequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<EventSession> Sessions { get; set; } = [];
    public List<EventTrainer> Trainers { get; set; } = [];
    public List<EventChange> Changes { get; set; } = [];

    public void RecalculateDates()
    {
        StartsAt = Sessions.Count == 0 ? null : Sessions.Min(s => s.StartsAt);
        EndsAt = Sessions.Count == 0 ? null : Sessions.Max(s => s.EndsAt);
    }
}

public class EventSession
{
    public int Id { get; set; }
    public int ProgrammeEventId { get; set; }
    public ProgrammeEvent? ProgrammeEvent { get; set; }
    public DateTimeOffset StartsAt { get; set; }
    public DateTimeOffset EndsAt { get; set; }
}

public class EventTrainer
{
    public int Id { get; set; }
    public int ProgrammeEventId { get; set; }
    public ProgrammeEvent? ProgrammeEvent { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public TrainerRole Role { get; set; }
}

/// <summary>The event's history: who changed what, and when.</summary>
public class EventChange
{
    public long Id { get; set; }
    public int ProgrammeEventId { get; set; }
    public int ChangedById { get; set; }
    public Person? ChangedBy { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public required string Summary { get; set; }
}

/// <summary>A person's private calendar feed: anyone holding the token can read it, so it is long and random.</summary>
public class CalendarFeed
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Token { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
