using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Booking;

public sealed class AttendanceRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = Start.AddHours(3);

    [Fact]
    public void Present_at_every_session_completes_the_event()
    {
        Assert.True(Completion.HasCompleted([1, 2, 3], new HashSet<int> { 1, 2, 3 }));
    }

    [Fact]
    public void Missing_one_day_of_a_three_day_programme_does_not_complete_it()
    {
        Assert.False(Completion.HasCompleted([1, 2, 3], new HashSet<int> { 1, 3 }));
    }

    [Fact]
    public void An_event_with_no_sessions_is_never_completed() => Assert.False(Completion.HasCompleted([], new HashSet<int>()));

    [Fact]
    public void A_booked_attendee_with_the_room_code_checks_in_during_the_session()
    {
        Assert.Null(SelfCheckIn.WhyNot(true, "K7P2Q", " k7p2q ", Start, End, Start.AddMinutes(10)));
        Assert.Null(SelfCheckIn.WhyNot(true, "K7P2Q", "K7P2Q", Start, End, Start.AddMinutes(-30)));
    }

    [Fact]
    public void Someone_not_booked_cannot_check_in_even_with_the_code()
    {
        Assert.Contains("booked", SelfCheckIn.WhyNot(false, "K7P2Q", "K7P2Q", Start, End, Start));
    }

    [Fact]
    public void The_code_works_only_while_the_session_runs()
    {
        Assert.NotNull(SelfCheckIn.WhyNot(true, "K7P2Q", "K7P2Q", Start, End, Start.AddMinutes(-31)));
        Assert.NotNull(SelfCheckIn.WhyNot(true, "K7P2Q", "K7P2Q", Start, End, End.AddSeconds(1)));
    }

    [Fact]
    public void A_wrong_code_is_refused() => Assert.Contains("does not match", SelfCheckIn.WhyNot(true, "K7P2Q", "K7P2R", Start, End, Start));

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
