using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class WaitingListTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly BookingWindow OpenWindow = new(true, false, Now.AddDays(-10), Now.AddDays(10), Now.AddDays(15));

    private static readonly QueuedPerson[] Queue =
    [
        new(BookingId: 30, Position: 3, JoinedAt: Now.AddHours(-1)),
        new(BookingId: 10, Position: 1, JoinedAt: Now.AddHours(-3)),
        new(BookingId: 20, Position: 2, JoinedAt: Now.AddHours(-2)),
    ];

    [Fact]
    public void The_first_in_line_gets_the_offer_for_48_hours_by_default()
    {
        var offer = Assert.Single(WaitingList.OffersFor(Queue, 1, OpenWindow, OfferPolicy.Default, Now));
        Assert.Equal(10, offer.BookingId);
        Assert.False(offer.IsImmediate);
        Assert.Equal(Now.AddHours(48), offer.ExpiresAt);
    }

    [Fact]
    public void Two_freed_places_go_to_the_first_two_in_line()
    {
        Assert.Equal([10, 20], WaitingList.OffersFor(Queue, 2, OpenWindow, OfferPolicy.Default, Now).Select(o => o.BookingId));
    }

    [Fact]
    public void An_event_can_set_its_own_offer_time()
    {
        var offer = Assert.Single(WaitingList.OffersFor(Queue, 1, OpenWindow, new OfferPolicy(TimeSpan.FromHours(12), false), Now));
        Assert.Equal(Now.AddHours(12), offer.ExpiresAt);
    }

    [Fact]
    public void Immediate_promotion_books_the_first_in_line_with_nothing_to_accept()
    {
        var offer = Assert.Single(WaitingList.OffersFor(Queue, 1, OpenWindow, new OfferPolicy(OfferPolicy.DefaultWindow, true), Now));
        Assert.True(offer.IsImmediate);
        Assert.Null(offer.ExpiresAt);
    }

    [Fact]
    public void An_offer_never_outlives_the_booking_window()
    {
        var closingSoon = OpenWindow with { ClosesAt = Now.AddHours(5) };
        Assert.Equal(Now.AddHours(5), Assert.Single(WaitingList.OffersFor(Queue, 1, closingSoon, OfferPolicy.Default, Now)).ExpiresAt);
    }

    [Fact]
    public void No_offer_is_made_once_booking_has_closed_or_the_event_has_started()
    {
        Assert.Empty(WaitingList.OffersFor(Queue, 1, OpenWindow, OfferPolicy.Default, OpenWindow.ClosesAt!.Value));
        Assert.Empty(WaitingList.OffersFor(Queue, 1, OpenWindow with { ClosesAt = null }, OfferPolicy.Default, OpenWindow.StartsAt!.Value));
        Assert.Empty(WaitingList.OffersFor(Queue, 1, OpenWindow with { IsCancelled = true }, OfferPolicy.Default, Now));
    }

    [Fact]
    public void A_lapsed_offer_passes_to_the_next_in_line()
    {
        var offer = Assert.Single(WaitingList.OffersFor(Queue, 1, OpenWindow, OfferPolicy.Default, Now));
        var later = offer.ExpiresAt!.Value;
        Assert.False(WaitingList.HasLapsed(offer.ExpiresAt, later.AddSeconds(-1)));
        Assert.True(WaitingList.HasLapsed(offer.ExpiresAt, later));

        var rest = WaitingList.Numbered(Queue.Where(q => q.BookingId != offer.BookingId));
        Assert.Equal(20, Assert.Single(WaitingList.OffersFor(rest, 1, OpenWindow, OfferPolicy.Default, later)).BookingId);
    }

    [Fact]
    public void An_immediate_promotion_never_lapses() => Assert.False(WaitingList.HasLapsed(null, Now.AddYears(1)));

    [Fact]
    public void Nobody_jumps_the_queue_a_newcomer_waits_while_anyone_is_waiting()
    {
        Assert.Equal(BookingState.Booked, WaitingList.NewcomerGoesTo(placesFree: 1, peopleWaiting: 0));
        Assert.Equal(BookingState.Waitlisted, WaitingList.NewcomerGoesTo(placesFree: 1, peopleWaiting: 1));
        Assert.Equal(BookingState.Waitlisted, WaitingList.NewcomerGoesTo(placesFree: 0, peopleWaiting: 0));
    }

    [Fact]
    public void Equal_positions_are_broken_by_who_joined_first()
    {
        QueuedPerson[] tied = [new(2, 1, Now), new(1, 1, Now.AddMinutes(-5))];
        Assert.Equal([1, 2], WaitingList.InLine(tied).Select(q => q.BookingId));
    }

    [Fact]
    public void A_lead_moving_someone_up_renumbers_the_line_without_gaps()
    {
        var line = WaitingList.MoveTo(Queue, bookingId: 30, newPosition: 1);
        Assert.Equal([30, 10, 20], line.Select(q => q.BookingId));
        Assert.Equal([1, 2, 3], line.Select(q => q.Position));
    }

    [Fact]
    public void Moving_past_the_end_puts_them_last()
    {
        Assert.Equal([20, 30, 10], WaitingList.MoveTo(Queue, 10, 99).Select(q => q.BookingId));
    }

    [Fact]
    public void Someone_leaving_closes_the_gap()
    {
        var line = WaitingList.Numbered(Queue.Where(q => q.BookingId != 20));
        Assert.Equal([10, 30], line.Select(q => q.BookingId));
        Assert.Equal([1, 2], line.Select(q => q.Position));
    }
}
