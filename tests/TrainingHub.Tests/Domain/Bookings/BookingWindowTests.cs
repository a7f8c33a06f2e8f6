using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class BookingWindowTests
{
    private static readonly DateTimeOffset Opens = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2026, 3, 20, 17, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Starts = new(2026, 3, 25, 9, 30, 0, TimeSpan.Zero);

    private static BookingWindow Published(DateTimeOffset? opens = null, DateTimeOffset? closes = null) =>
        new(IsPublished: true, IsCancelled: false, opens ?? Opens, closes ?? Closes, Starts);

    [Fact]
    public void A_published_event_takes_bookings_between_opening_and_closing()
    {
        Assert.Equal(BookingOpenness.Open, Published().At(Opens));
        Assert.Equal(BookingOpenness.Open, Published().At(Closes.AddSeconds(-1)));
    }

    [Fact]
    public void Booking_before_it_opens_or_from_the_moment_it_closes_is_refused()
    {
        Assert.Equal(BookingOpenness.NotYetOpen, Published().At(Opens.AddSeconds(-1)));
        Assert.Equal(BookingOpenness.Closed, Published().At(Closes));
    }

    [Fact]
    public void Without_a_closing_time_booking_closes_when_the_first_session_starts()
    {
        var window = new BookingWindow(true, false, null, null, Starts);
        Assert.Equal(BookingOpenness.Open, window.At(Starts.AddMinutes(-1)));
        Assert.Equal(BookingOpenness.Started, window.At(Starts));
    }

    [Fact]
    public void A_cancelled_or_draft_event_never_takes_bookings()
    {
        Assert.Equal(BookingOpenness.Cancelled, new BookingWindow(true, true, Opens, Closes, Starts).At(Opens.AddDays(1)));
        Assert.Equal(BookingOpenness.NotPublished, new BookingWindow(false, false, Opens, Closes, Starts).At(Opens.AddDays(1)));
    }

    [Theory]
    [InlineData(BookingOpenness.Cancelled, "cancelled")]
    [InlineData(BookingOpenness.Closed, "closed")]
    [InlineData(BookingOpenness.Started, "started")]
    [InlineData(BookingOpenness.NotYetOpen, "not opened")]
    public void Every_refusal_says_why(BookingOpenness openness, string words) => Assert.Contains(words, BookingWindow.WhyNot(openness));
}
