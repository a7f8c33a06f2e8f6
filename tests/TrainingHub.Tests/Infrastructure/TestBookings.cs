using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;

namespace TrainingHub.Tests.Infrastructure;

/// <summary>
/// A booking in whatever state a test needs, reached through the booking's own moves as the portal reaches it, so a
/// test cannot build a booking the portal never could.
/// </summary>
public static class TestBookings
{
    public static Booking In(BookingState state, int eventId, int? personId, DateTimeOffset at, int? practiceId = null,
        ProfessionalRole? role = null, DateTimeOffset? movedAt = null, int waitingPosition = 1, bool late = false,
        DateTimeOffset? completedAt = null, DateTimeOffset? offerExpiresAt = null)
    {
        var booking = Booking.Request(eventId, personId, practiceId, role, at);
        var when = movedAt ?? at;
        var whyNot = state switch
        {
            BookingState.Requested => null,
            BookingState.Waitlisted => booking.JoinWaitingList(waitingPosition, personId, "The event was full", when),
            BookingState.Offered => booking.JoinWaitingList(waitingPosition, personId, "The event was full", at)
                ?? booking.Offer(when, offerExpiresAt ?? when.AddDays(2), "A place came free", when),
            _ => booking.MoveTo(BookingState.Booked, personId, "Booked by the attendee", at) ?? Onwards(booking, state, personId, when, late, completedAt),
        };
        if (whyNot is not null) throw new InvalidOperationException(whyNot);
        return booking;
    }

    private static string? Onwards(Booking booking, BookingState state, int? personId, DateTimeOffset at, bool late, DateTimeOffset? completedAt) => state switch
    {
        BookingState.Booked => null,
        BookingState.Cancelled => booking.Cancel(personId, "Clinic cover fell through", at, late),
        BookingState.Attended => booking.MoveTo(BookingState.Attended, null, "Present at every session", at, completedAt),
        _ => booking.MoveTo(state, null, "Absent from a session", at),
    };
}
