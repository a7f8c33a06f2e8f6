namespace TrainingHub.Web.Domain.Bookings;

public enum BookingState { Requested = 0, Booked = 1, Waitlisted = 2, Offered = 3, Cancelled = 4, Attended = 5, NoShow = 6 }

/// <summary>
/// The one booking state machine: requested → booked or waitlisted → offered → booked; cancelled from any live
/// state; booked → attended or no-show (and back again, so a register marked wrongly at the door can be corrected).
/// </summary>
public static class BookingLifecycle
{
    private static readonly Dictionary<BookingState, BookingState[]> Moves = new()
    {
        [BookingState.Requested] = [BookingState.Booked, BookingState.Waitlisted, BookingState.Cancelled],
        [BookingState.Waitlisted] = [BookingState.Offered, BookingState.Booked, BookingState.Cancelled],
        [BookingState.Offered] = [BookingState.Booked, BookingState.Cancelled],
        [BookingState.Booked] = [BookingState.Cancelled, BookingState.Attended, BookingState.NoShow],
        [BookingState.Attended] = [BookingState.NoShow],
        [BookingState.NoShow] = [BookingState.Attended],
        [BookingState.Cancelled] = [],
    };

    public static bool CanMove(BookingState from, BookingState to) => Moves[from].Contains(to);

    /// <summary>Why the move is not allowed, or null when it is.</summary>
    public static string? WhyNot(BookingState from, BookingState to) =>
        CanMove(from, to) ? null : $"A booking that is {Display(from).ToLowerInvariant()} cannot become {Display(to).ToLowerInvariant()}";

    /// <summary>A live booking is one the person still holds: only one per person per event.</summary>
    public static bool IsLive(BookingState state) => state != BookingState.Cancelled;

    /// <summary>
    /// Holds one of the event's places. An offered place is held for the person offered it, so nobody behind them
    /// in the queue, and nobody outside it, can take it while the offer stands.
    /// </summary>
    public static bool HoldsPlace(BookingState state) =>
        state is BookingState.Booked or BookingState.Offered or BookingState.Attended or BookingState.NoShow;

    public static string Display(BookingState state) => state switch
    {
        BookingState.Requested => "Requested",
        BookingState.Booked => "Booked",
        BookingState.Waitlisted => "On the waiting list",
        BookingState.Offered => "Offered a place",
        BookingState.Cancelled => "Cancelled",
        BookingState.Attended => "Attended",
        _ => "Did not attend",
    };
}
