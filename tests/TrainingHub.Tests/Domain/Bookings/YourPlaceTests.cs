using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class YourPlaceTests
{
    private static OwnBooking Own(BookingState state, int? position = null, DateTimeOffset? offerUntil = null) => new(7, state, position, offerUntil);

    [Theory]
    [InlineData(BookingState.Booked)]
    [InlineData(BookingState.Waitlisted)]
    [InlineData(BookingState.Offered)]
    [InlineData(BookingState.Attended)]
    [InlineData(BookingState.NoShow)]
    public void Someone_with_a_live_booking_is_sent_to_it_and_never_offered_a_second(BookingState state)
    {
        foreach (var places in new[] { 0, 5 })
            Assert.Equal(PlaceAction.SeeBooking, YourPlace.For(Own(state, 1), BookingOpenness.Open, places, 0, true).Action);
    }

    [Fact]
    public void Each_state_reads_with_the_number_or_time_that_matters()
    {
        Assert.Equal("You have a place", YourPlace.Describe(Own(BookingState.Booked)));
        Assert.Equal("You are number 3 on the waiting list", YourPlace.Describe(Own(BookingState.Waitlisted, 3)));
        Assert.Equal("You are offered a place until 17:00 on Friday 2 October (UK time)",
            YourPlace.Describe(Own(BookingState.Offered, offerUntil: new DateTimeOffset(2026, 10, 2, 16, 0, 0, TimeSpan.Zero))));
        Assert.Equal("You attended", YourPlace.Describe(Own(BookingState.Attended)));
        Assert.Equal("You cancelled your place", YourPlace.Describe(Own(BookingState.Cancelled)));
    }

    [Fact]
    public void A_newcomer_books_a_free_place_and_joins_the_line_when_the_event_is_full_or_people_wait()
    {
        Assert.Equal(PlaceAction.Book, YourPlace.For(null, BookingOpenness.Open, 2, 0, true).Action);
        Assert.Equal(PlaceAction.JoinWaitingList, YourPlace.For(null, BookingOpenness.Open, 0, 0, true).Action);
        Assert.Equal(PlaceAction.JoinWaitingList, YourPlace.For(null, BookingOpenness.Open, 1, 2, true).Action);
    }

    [Fact]
    public void Someone_who_cancelled_may_book_again_and_is_told_they_had_cancelled()
    {
        var place = YourPlace.For(Own(BookingState.Cancelled), BookingOpenness.Open, 4, 0, true);
        Assert.Equal((PlaceAction.Book, "You cancelled your place"), (place.Action, place.Standing));
    }

    [Fact]
    public void Nothing_is_offered_that_would_be_refused_and_the_page_says_why()
    {
        Assert.Equal(new YourPlace(null, PlaceAction.None, "Booking for this event has closed"), YourPlace.For(null, BookingOpenness.Closed, 4, 0, true));
        Assert.Equal(new YourPlace(null, PlaceAction.None, YourPlace.NotInAPractice), YourPlace.For(null, BookingOpenness.Open, 4, 0, false));
    }

    [Theory]
    [InlineData(BookingState.Booked, true)]
    [InlineData(BookingState.Attended, true)]
    [InlineData(BookingState.Offered, false)]
    [InlineData(BookingState.Waitlisted, false)]
    [InlineData(BookingState.Cancelled, false)]
    public void Only_a_place_holder_sees_the_joining_link(BookingState state, bool sees) =>
        Assert.Equal(sees, YourPlace.MaySeeJoiningLink(state));
}
