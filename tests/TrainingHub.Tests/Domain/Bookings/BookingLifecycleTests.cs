using TrainingHub.Web.Domain.Bookings;
using static TrainingHub.Web.Domain.Bookings.BookingState;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class BookingLifecycleTests
{
    [Theory]
    [InlineData(Requested, Booked)]
    [InlineData(Requested, Waitlisted)]
    [InlineData(Waitlisted, Offered)]
    [InlineData(Offered, Booked)]
    [InlineData(Waitlisted, Booked)]
    [InlineData(Booked, Attended)]
    [InlineData(Booked, NoShow)]
    public void The_programme_path_is_allowed(BookingState from, BookingState to) => Assert.True(BookingLifecycle.CanMove(from, to));

    [Theory]
    [InlineData(Requested)]
    [InlineData(Waitlisted)]
    [InlineData(Offered)]
    [InlineData(Booked)]
    public void Every_live_booking_can_be_cancelled(BookingState from) => Assert.True(BookingLifecycle.CanMove(from, Cancelled));

    [Theory]
    [InlineData(Waitlisted, Attended)]
    [InlineData(Offered, NoShow)]
    [InlineData(Requested, Offered)]
    [InlineData(Attended, Cancelled)]
    [InlineData(Booked, Waitlisted)]
    [InlineData(Booked, Offered)]
    public void Shortcuts_are_refused_with_a_reason(BookingState from, BookingState to)
    {
        Assert.False(BookingLifecycle.CanMove(from, to));
        Assert.NotNull(BookingLifecycle.WhyNot(from, to));
    }

    [Fact]
    public void A_cancelled_booking_is_final()
    {
        Assert.All(Enum.GetValues<BookingState>(), to => Assert.False(BookingLifecycle.CanMove(Cancelled, to)));
    }

    [Fact]
    public void A_register_marked_wrongly_at_the_door_can_be_corrected()
    {
        Assert.True(BookingLifecycle.CanMove(Attended, NoShow));
        Assert.True(BookingLifecycle.CanMove(NoShow, Attended));
    }

    [Fact]
    public void Only_a_cancelled_booking_stops_being_live()
    {
        Assert.Equal([Cancelled], Enum.GetValues<BookingState>().Where(s => !BookingLifecycle.IsLive(s)));
    }

    [Fact]
    public void An_offered_place_is_held_for_the_person_offered_it_but_a_waiting_one_is_not()
    {
        Assert.True(BookingLifecycle.HoldsPlace(Offered));
        Assert.True(BookingLifecycle.HoldsPlace(Booked));
        Assert.False(BookingLifecycle.HoldsPlace(Waitlisted));
        Assert.False(BookingLifecycle.HoldsPlace(Requested));
        Assert.False(BookingLifecycle.HoldsPlace(Cancelled));
    }
}
