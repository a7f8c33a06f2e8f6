using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class EventLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_draft_with_a_future_session_can_be_published() =>
        Assert.Null(EventLifecycle.WhyNotPublish(EventStatus.Draft, 1, Now.AddDays(3), Now));

    [Fact]
    public void A_draft_without_sessions_cannot_be_published() =>
        Assert.NotNull(EventLifecycle.WhyNotPublish(EventStatus.Draft, 0, null, Now));

    [Fact]
    public void A_published_event_cannot_be_published_again() =>
        Assert.NotNull(EventLifecycle.WhyNotPublish(EventStatus.Published, 1, Now.AddDays(3), Now));

    [Fact]
    public void An_event_is_completed_only_after_its_last_session_ends()
    {
        Assert.NotNull(EventLifecycle.WhyNotComplete(EventStatus.Published, Now.AddHours(1), Now));
        Assert.Null(EventLifecycle.WhyNotComplete(EventStatus.Published, Now.AddHours(-1), Now));
        Assert.NotNull(EventLifecycle.WhyNotComplete(EventStatus.Draft, Now.AddHours(-1), Now));
    }

    [Fact]
    public void Cancelling_needs_a_reason_and_a_live_event()
    {
        Assert.NotNull(EventLifecycle.WhyNotCancel(EventStatus.Published, "  "));
        Assert.Null(EventLifecycle.WhyNotCancel(EventStatus.Published, "Venue flooded"));
        Assert.NotNull(EventLifecycle.WhyNotCancel(EventStatus.Completed, "Too late"));
    }

    [Fact]
    public void Places_left_never_go_below_zero()
    {
        Assert.Equal(5, EventPlacesRule.PlacesLeft(20, 15));
        Assert.Equal(0, EventPlacesRule.PlacesLeft(20, 25));
    }

    [Fact]
    public void A_month_grid_starts_on_monday_and_covers_every_day()
    {
        var weeks = MonthGrid.Weeks(2026, 11);
        Assert.Equal(new DateOnly(2026, 10, 26), weeks[0][0]);
        Assert.All(weeks, w => Assert.Equal(DayOfWeek.Monday, w[0].DayOfWeek));
        Assert.Contains(new DateOnly(2026, 11, 30), weeks[^1]);
    }

    [Fact]
    public void The_history_says_what_an_edit_changed_and_nothing_else()
    {
        var session = new Interval(new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), new(2026, 7, 1, 15, 0, 0, TimeSpan.Zero));
        var before = new EventSnapshot("YOC training course", "Reading", "Berkshire West", "Town Hall", null, 20, null, null, [session], ["Ann (Lead trainer)"]);
        var after = before with { Capacity = 24, Trainers = ["Ann (Lead trainer)", "Bob (Co-trainer)"] };
        var lines = EventSnapshot.Differences(before, after);
        Assert.Equal(2, lines.Count);
        Assert.Contains("Capacity changed from '20' to '24'", lines);
        Assert.Contains(lines, l => l.StartsWith("Trainers changed", StringComparison.Ordinal) && l.Contains("Bob (Co-trainer)"));
    }
}
