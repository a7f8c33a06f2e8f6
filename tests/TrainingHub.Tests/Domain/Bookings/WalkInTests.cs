using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class WalkInTests
{
    // 09:30 on Tuesday 2 June 2026, UK time (BST).
    private static readonly DateTimeOffset Start = new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Someone_with_no_booking_or_only_a_cancelled_one_gets_a_new_place()
    {
        Assert.Equal(WalkInMove.NewPlace, WalkIn.For(null));
        Assert.Equal(WalkInMove.NewPlace, WalkIn.For(BookingState.Cancelled));
        Assert.Null(WalkIn.WhyNot("Siân O'Neill", null, Start, Start.AddMinutes(5)));
    }

    [Theory]
    [InlineData(BookingState.Waitlisted)]
    [InlineData(BookingState.Offered)]
    [InlineData(BookingState.Requested)]
    public void Someone_waiting_or_offered_a_place_takes_up_their_own_booking(BookingState state)
    {
        Assert.Equal(WalkInMove.TakesUpTheirBooking, WalkIn.For(state));
        Assert.Null(WalkIn.WhyNot("Siân O'Neill", state, Start, Start));
    }

    [Theory]
    [InlineData(BookingState.Booked)]
    [InlineData(BookingState.Attended)]
    [InlineData(BookingState.NoShow)]
    public void Someone_already_holding_a_place_is_marked_on_the_register_instead(BookingState state)
    {
        Assert.Equal(WalkInMove.AlreadyOnRegister, WalkIn.For(state));
        Assert.Equal("Siân O'Neill already has a place on this event: mark them present on the register",
            WalkIn.WhyNot("Siân O'Neill", state, Start, Start.AddHours(1)));
    }

    [Fact]
    public void Nobody_is_added_at_the_door_before_the_session_starts_but_they_can_be_after_it_has_ended()
    {
        Assert.Equal("Walk-ins are added at the door: the register opens when the session starts, at 09:30 on Tuesday 2 June",
            WalkIn.WhyNot("Siân O'Neill", null, Start, Start.AddSeconds(-1)));
        Assert.Null(WalkIn.WhyNot("Siân O'Neill", null, Start, Start.AddDays(2)));
    }
}
