using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class AttendanceRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(3);

    // A two-day course: 09:30 to 16:30 on Tuesday 2 and Wednesday 3 June 2026 (UK time, BST).
    private static readonly SessionTime Day1 = new(1, new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero), new(2026, 6, 2, 15, 30, 0, TimeSpan.Zero));
    private static readonly SessionTime Day2 = new(2, Day1.StartsAt.AddDays(1), Day1.EndsAt.AddDays(1));
    private static readonly SessionTime[] TwoDays = [Day1, Day2];

    [Fact]
    public void Present_at_every_session_completes_the_event_once_the_last_session_has_ended()
    {
        Assert.True(Completion.HasCompleted(TwoDays, new HashSet<int> { 1, 2 }, Day2.EndsAt));
        Assert.True(Completion.HasCompleted(TwoDays, new HashSet<int> { 1, 2 }, Day2.EndsAt.AddDays(3)));
    }

    [Fact]
    public void Present_at_every_session_before_the_last_one_ends_is_not_yet_complete()
    {
        Assert.False(Completion.HasCompleted(TwoDays, new HashSet<int> { 1, 2 }, Day2.StartsAt.AddMinutes(-14)));
        Assert.False(Completion.HasCompleted(TwoDays, new HashSet<int> { 1, 2 }, Day2.EndsAt.AddSeconds(-1)));
    }

    [Fact]
    public void Missing_one_day_of_a_two_day_programme_does_not_complete_it() =>
        Assert.False(Completion.HasCompleted(TwoDays, new HashSet<int> { 2 }, Day2.EndsAt.AddHours(1)));

    [Fact]
    public void An_event_with_no_sessions_is_never_completed() =>
        Assert.False(Completion.HasCompleted([], new HashSet<int>(), Day2.EndsAt));

    [Fact]
    public void Completion_dates_from_the_end_of_the_last_session_or_a_register_finished_after_it()
    {
        Assert.Equal(Day2.EndsAt, Completion.CompletedAt(TwoDays, Day2.StartsAt.AddMinutes(-14)));
        Assert.Equal(Day2.EndsAt.AddDays(2), Completion.CompletedAt(TwoDays, Day2.EndsAt.AddDays(2)));
    }

    [Fact]
    public void A_booked_attendee_checks_in_from_the_events_set_time_before_the_session_until_it_ends()
    {
        Assert.Null(SelfCheckIn.WhyNot(true, 30, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt.AddMinutes(-30)));
        Assert.Null(SelfCheckIn.WhyNot(true, 30, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt.AddMinutes(10)));
        Assert.Null(SelfCheckIn.WhyNot(true, 30, Day1.StartsAt, Day1.EndsAt, Day1.EndsAt));
        Assert.Null(SelfCheckIn.WhyNot(true, 90, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt.AddMinutes(-90)));
    }

    [Fact]
    public void Someone_not_booked_cannot_check_in() =>
        Assert.Equal("Only people booked on this event can check in", SelfCheckIn.WhyNot(false, 30, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt));

    [Fact]
    public void Check_in_before_it_opens_says_when_it_opens_in_uk_time_and_after_the_end_is_refused()
    {
        Assert.Equal("Check-in opens at 09:00 on Tuesday 2 June, 30 minutes before the session starts",
            SelfCheckIn.WhyNot(true, 30, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt.AddMinutes(-31)));
        Assert.Equal("Check-in opens at 09:20 on Tuesday 2 June, 10 minutes before the session starts",
            SelfCheckIn.WhyNot(true, 10, Day1.StartsAt, Day1.EndsAt, Day1.StartsAt.AddMinutes(-14)));
        Assert.Equal("This session has ended", SelfCheckIn.WhyNot(true, 30, Day1.StartsAt, Day1.EndsAt, Day1.EndsAt.AddSeconds(1)));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(240, true)]
    [InlineData(241, false)]
    public void The_check_in_setting_is_between_the_start_itself_and_four_hours_before(int minutes, bool allowed) =>
        Assert.Equal(allowed, SelfCheckIn.WhyNotSetting(minutes) is null);

    [Fact]
    public void The_register_is_marked_from_the_sessions_start_not_before()
    {
        Assert.Equal("The register opens when the session starts, at 09:30 on Tuesday 2 June",
            SessionRegister.WhyNot(Day1.StartsAt, Day1.StartsAt.AddMinutes(-1)));
        Assert.Null(SessionRegister.WhyNot(Day1.StartsAt, Day1.StartsAt));
        Assert.Null(SessionRegister.WhyNot(Day1.StartsAt, Day1.EndsAt.AddDays(2)));
    }

    [Fact]
    public void An_attendee_may_cancel_until_the_cut_off_after_which_a_cancellation_is_late()
    {
        var cutOff = CancellationCutOff.For(Start, TimeSpan.FromHours(48));
        Assert.Equal(Start.AddHours(-48), cutOff);
        Assert.True(CancellationCutOff.AttendeeMayCancel(cutOff, cutOff.AddSeconds(-1)));
        Assert.False(CancellationCutOff.AttendeeMayCancel(cutOff, cutOff));
        Assert.False(CancellationCutOff.IsLate(cutOff, cutOff.AddSeconds(-1)));
        Assert.True(CancellationCutOff.IsLate(cutOff, cutOff));
    }
}
