using TrainingHub.Web.Domain.Messages;

namespace TrainingHub.Tests.Domain.Messages;

public sealed class ReminderTimingTests
{
    private static DateTimeOffset Utc(string s) => DateTimeOffset.Parse(s);

    [Theory]
    [InlineData("2026-11-01T09:30:00Z", 7, "2026-10-25T09:30:00Z")] // 09:30 GMT; a week earlier the clocks went back that morning
    [InlineData("2026-10-26T09:30:00Z", 1, "2026-10-25T09:30:00Z")] // Monday 09:30 GMT; Sunday 09:30 GMT
    [InlineData("2027-03-30T08:30:00Z", 7, "2027-03-23T09:30:00Z")] // 09:30 BST; a week earlier 09:30 GMT
    [InlineData("2027-03-29T08:30:00Z", 1, "2027-03-28T08:30:00Z")] // Monday 09:30 BST; Sunday 09:30 BST, hours after the change
    public void A_reminder_is_due_at_the_sessions_UK_time_that_many_UK_days_before(string startsAt, int days, string dueAt)
    {
        var lead = days == 7 ? ReminderLead.Week : ReminderLead.Day;
        Assert.Equal(Utc(dueAt), ReminderTiming.DueAt(lead, Utc(startsAt)));
    }

    [Fact]
    public void A_session_at_a_time_the_day_before_skipped_is_reminded_an_hour_later_that_day()
    {
        // 01:30 BST on Monday 29 March 2027; 01:30 on Sunday 28 March never happened in the UK.
        Assert.Equal(Utc("2027-03-28T01:30:00Z"), ReminderTiming.DueAt(ReminderLead.Day, Utc("2027-03-29T00:30:00Z")));
    }

    [Fact]
    public void A_reminder_goes_on_time_but_not_for_a_place_booked_after_it_was_due_nor_long_after_nor_once_the_session_started()
    {
        var start = Utc("2026-06-10T08:30:00Z");
        var due = ReminderTiming.DueAt(ReminderLead.Week, start);
        Assert.Null(ReminderTiming.WhyNot(ReminderLead.Week, start, due.AddDays(-10), due));
        Assert.NotNull(ReminderTiming.WhyNot(ReminderLead.Week, start, due.AddMinutes(1), due.AddMinutes(2)));
        Assert.NotNull(ReminderTiming.WhyNot(ReminderLead.Week, start, due.AddDays(-10), due + ReminderTiming.Grace + TimeSpan.FromMinutes(1)));
        Assert.NotNull(ReminderTiming.WhyNot(ReminderLead.Day, start, due.AddDays(-10), start));
    }
}
