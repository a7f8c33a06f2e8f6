namespace TrainingHub.Web.Domain.Bookings;

public enum BookingOpenness { Open, NotPublished, Cancelled, NotYetOpen, Closed, Started }

/// <summary>When an event takes bookings: published, not cancelled, after booking opens, before it closes and before the first session starts.</summary>
public sealed record BookingWindow(bool IsPublished, bool IsCancelled, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, DateTimeOffset? StartsAt)
{
    public BookingOpenness At(DateTimeOffset now)
    {
        if (IsCancelled) return BookingOpenness.Cancelled;
        if (!IsPublished) return BookingOpenness.NotPublished;
        if (StartsAt is { } start && now >= start) return BookingOpenness.Started;
        if (ClosesAt is { } closes && now >= closes) return BookingOpenness.Closed;
        if (OpensAt is { } opens && now < opens) return BookingOpenness.NotYetOpen;
        return BookingOpenness.Open;
    }

    public bool IsOpenAt(DateTimeOffset now) => At(now) == BookingOpenness.Open;

    /// <summary>The sentence an attendee sees when they cannot book, or null when they can.</summary>
    public static string? WhyNot(BookingOpenness openness) => openness switch
    {
        BookingOpenness.Open => null,
        BookingOpenness.Cancelled => "This event has been cancelled",
        BookingOpenness.NotPublished => "This event is not open for booking",
        BookingOpenness.NotYetOpen => "Booking for this event has not opened yet",
        BookingOpenness.Closed => "Booking for this event has closed",
        _ => "This event has already started",
    };
}
