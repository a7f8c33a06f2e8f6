using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class EventScheduleTests
{
    // 09:30 on Thursday 10 June 2027, UK time (BST).
    private static readonly DateTimeOffset FirstSession = new(2027, 6, 10, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Booking_may_close_at_the_end_of_the_day_before_the_first_session_but_not_on_its_day()
    {
        Assert.Null(EventSchedule.WhyNotCloses(new DateOnly(2027, 5, 1), new DateOnly(2027, 6, 9), FirstSession));
        Assert.Equal("Booking must close before the first session starts (09:30 on 10 June 2027): choose 9 June 2027 or earlier",
            EventSchedule.WhyNotCloses(null, new DateOnly(2027, 6, 10), FirstSession));
    }

    [Fact]
    public void Booking_must_open_no_later_than_the_day_it_closes_and_before_the_first_session()
    {
        Assert.Equal("Booking must close on or after the day it opens",
            EventSchedule.WhyNotCloses(new DateOnly(2027, 6, 5), new DateOnly(2027, 6, 4), FirstSession));
        Assert.Null(EventSchedule.WhyNotOpens(new DateOnly(2027, 6, 10), FirstSession));
        Assert.Equal("Booking must open before the first session starts (09:30 on 10 June 2027)",
            EventSchedule.WhyNotOpens(new DateOnly(2027, 6, 11), FirstSession));
    }

    [Fact]
    public void Without_sessions_only_the_order_of_opening_and_closing_is_checked()
    {
        Assert.Null(EventSchedule.WhyNotOpens(new DateOnly(2030, 1, 1), null));
        Assert.Null(EventSchedule.WhyNotCloses(new DateOnly(2030, 1, 1), new DateOnly(2030, 1, 1), null));
    }

    [Fact]
    public void Places_cannot_be_set_below_those_taken_but_an_unchanged_number_stands()
    {
        Assert.Equal("Number of places cannot be below the 12 places already taken: to go below them, override the capacity with a reason from the attendee list",
            EventSchedule.WhyNotCapacity(10, 20, 12));
        Assert.Null(EventSchedule.WhyNotCapacity(12, 20, 12));
        Assert.Null(EventSchedule.WhyNotCapacity(10, 10, 12));
        Assert.Null(EventSchedule.WhyNotCapacity(5, null, 0));
    }
}
