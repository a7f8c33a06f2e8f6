namespace TrainingHub.Web.Domain.Bookings;

/// <summary>What adding someone at the door does to the booking they already have on the event, if any.</summary>
public enum WalkInMove { NewPlace, TakesUpTheirBooking, AlreadyOnRegister }

/// <summary>
/// Someone who turns up without a place is added to the register at the door by a lead or the event's trainer,
/// whatever the capacity or booking window says: they are in the room. Someone already waiting or offered a place
/// takes it up; someone already holding a place is marked on the register instead. From there a walk-in is like
/// anyone booked: present at every session, they complete the event (<see cref="Completion"/>).
/// </summary>
public static class WalkIn
{
    public static WalkInMove For(BookingState? liveBooking) => liveBooking switch
    {
        null or BookingState.Cancelled => WalkInMove.NewPlace,
        BookingState.Requested or BookingState.Waitlisted or BookingState.Offered => WalkInMove.TakesUpTheirBooking,
        _ => WalkInMove.AlreadyOnRegister,
    };

    /// <summary>Why the person cannot be added at the door now, or null when they can.</summary>
    public static string? WhyNot(string name, BookingState? liveBooking, DateTimeOffset sessionStartsAt, DateTimeOffset now)
    {
        if (SessionRegister.WhyNot(sessionStartsAt, now) is { } notYet) return $"Walk-ins are added at the door: {char.ToLowerInvariant(notYet[0])}{notYet[1..]}";
        return For(liveBooking) == WalkInMove.AlreadyOnRegister
            ? $"{name} already has a place on this event: mark them present on the register"
            : null;
    }
}
