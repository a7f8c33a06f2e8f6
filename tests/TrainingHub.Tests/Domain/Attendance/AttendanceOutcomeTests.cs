using TrainingHub.Web.Domain.Attendance;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Tests.Domain.Attendance;

public sealed class AttendanceOutcomeTests
{
    private static readonly DateTimeOffset FirstStart = new(2026, 3, 3, 9, 30, 0, TimeSpan.Zero);
    private static readonly SessionTime[] ThreeDays =
        [.. Enumerable.Range(0, 3).Select(d => new SessionTime(11 + d, FirstStart.AddDays(d), FirstStart.AddDays(d).AddHours(6)))];
    private static readonly DateTimeOffset DuringDayThree = ThreeDays[2].StartsAt.AddHours(1);
    private static readonly DateTimeOffset AfterTheEnd = ThreeDays[2].EndsAt.AddMinutes(1);

    private static BookingState Decide(BookingState current, DateTimeOffset now, params (int Session, bool Present)[] marks) =>
        AttendanceOutcome.Decide(current, ThreeDays, marks.ToDictionary(m => m.Session, m => m.Present), now);

    [Fact]
    public void Present_at_every_session_is_attended_once_the_last_session_has_ended() =>
        Assert.Equal(BookingState.Attended, Decide(BookingState.Booked, AfterTheEnd, (11, true), (12, true), (13, true)));

    [Fact]
    public void Present_at_every_session_while_the_last_one_still_runs_stays_booked() =>
        Assert.Equal(BookingState.Booked, Decide(BookingState.Booked, DuringDayThree, (11, true), (12, true), (13, true)));

    [Fact]
    public void Checked_in_early_for_a_one_day_event_stays_booked()
    {
        var oneDay = new[] { ThreeDays[0] };
        Assert.Equal(BookingState.Booked, AttendanceOutcome.Decide(BookingState.Booked, oneDay,
            new Dictionary<int, bool> { [11] = true }, oneDay[0].StartsAt.AddMinutes(-14)));
    }

    [Fact]
    public void Present_at_some_sessions_so_far_stays_booked() =>
        Assert.Equal(BookingState.Booked, Decide(BookingState.Booked, DuringDayThree, (11, true), (12, true)));

    [Fact]
    public void Absent_on_a_day_while_the_event_still_runs_stays_booked() =>
        Assert.Equal(BookingState.Booked, Decide(BookingState.Booked, DuringDayThree, (11, false)));

    [Fact]
    public void Absent_on_any_day_of_an_event_that_is_over_did_not_attend() =>
        Assert.Equal(BookingState.NoShow, Decide(BookingState.Booked, AfterTheEnd, (11, true), (12, false), (13, true)));

    [Fact]
    public void Never_marked_for_an_event_that_is_over_stays_booked_for_the_register_to_be_finished() =>
        Assert.Equal(BookingState.Booked, Decide(BookingState.Booked, AfterTheEnd));

    [Fact]
    public void An_attended_booking_corrected_to_absent_did_not_attend() =>
        Assert.Equal(BookingState.NoShow, Decide(BookingState.Attended, AfterTheEnd, (11, true), (12, false), (13, true)));

    [Fact]
    public void A_no_show_corrected_to_present_everywhere_attended() =>
        Assert.Equal(BookingState.Attended, Decide(BookingState.NoShow, AfterTheEnd, (11, true), (12, true), (13, true)));

    [Theory]
    [InlineData(BookingState.Cancelled)]
    [InlineData(BookingState.Waitlisted)]
    [InlineData(BookingState.Offered)]
    [InlineData(BookingState.Requested)]
    public void A_booking_not_holding_a_place_on_the_day_is_never_moved_by_the_register(BookingState state)
    {
        Assert.False(AttendanceOutcome.IsOnRegister(state));
        Assert.Equal(state, Decide(state, AfterTheEnd, (11, true), (12, true), (13, true)));
    }

    [Fact]
    public void An_event_with_no_sessions_is_never_completed() =>
        Assert.Equal(BookingState.Booked, AttendanceOutcome.Decide(BookingState.Booked, [], new Dictionary<int, bool>(), AfterTheEnd));
}

public sealed class CheckInCodesTests
{
    [Fact]
    public void A_new_code_is_six_characters_without_ones_that_look_alike()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => CheckInCodes.New()).ToList();
        Assert.All(codes, c => Assert.Equal(CheckInCodes.Length, c.Length));
        Assert.All(codes, c => Assert.DoesNotContain(c, ch => "01OIL".Contains(ch)));
        Assert.True(codes.Distinct().Count() > 190);
    }

    [Theory]
    [InlineData(" k7p m2q ", "K7PM2Q")]
    [InlineData("k7p-m2q", "K7PM2Q")]
    [InlineData(null, "")]
    public void A_code_typed_on_a_phone_is_read_without_spaces_dashes_or_case(string? typed, string read) =>
        Assert.Equal(read, CheckInCodes.Normalise(typed));
}
