using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Tests.Domain.Trainers;

public sealed class AccreditationRulesTests
{
    private const string Yoc = "yoc-training-course";
    private static readonly DateOnly Granted = new(2026, 3, 10);
    private static readonly AccreditationSpan Held = new(Yoc, Granted, AccreditationRules.ValidUntil(Granted, AccreditationRules.DefaultYears));

    [Fact]
    public void An_accreditation_lasts_two_years_by_default_ending_the_day_before_the_anniversary() =>
        Assert.Equal(new DateOnly(2028, 3, 9), AccreditationRules.ValidUntil(Granted, AccreditationRules.DefaultYears));

    [Fact]
    public void An_event_type_can_set_a_different_length() =>
        Assert.Equal(new DateOnly(2029, 3, 9), AccreditationRules.ValidUntil(Granted, 3));

    [Fact]
    public void An_event_on_the_last_day_of_the_accreditation_may_be_led() =>
        Assert.True(AccreditationRules.IsAccreditedFor([Held], Yoc, [new DateOnly(2028, 3, 9)]));

    [Fact]
    public void An_event_on_the_day_it_expires_may_not_be_led() =>
        Assert.False(AccreditationRules.IsAccreditedFor([Held], Yoc, [new DateOnly(2028, 3, 10)]));

    [Fact]
    public void Every_day_of_a_multi_day_event_must_be_covered() =>
        Assert.False(AccreditationRules.IsAccreditedFor([Held], Yoc, [new DateOnly(2028, 3, 8), new DateOnly(2028, 3, 9), new DateOnly(2028, 3, 10)]));

    [Fact]
    public void An_event_before_the_accreditation_was_granted_is_not_covered() =>
        Assert.False(AccreditationRules.IsAccreditedFor([Held], Yoc, [Granted.AddDays(-1)]));

    [Fact]
    public void An_accreditation_for_another_type_does_not_count() =>
        Assert.False(AccreditationRules.IsAccreditedFor([Held], "train-the-trainer", [Granted]));

    [Fact]
    public void An_event_type_that_requires_no_accreditation_may_be_led_without_one() =>
        Assert.True(AccreditationRules.IsAccreditedFor([], null, [Granted]));

    [Fact]
    public void An_event_with_no_dates_yet_needs_the_accreditation_held()
    {
        Assert.True(AccreditationRules.IsAccreditedFor([Held], Yoc, []));
        Assert.False(AccreditationRules.IsAccreditedFor([], Yoc, []));
    }

    [Theory]
    [InlineData(91, null)]
    [InlineData(90, 90)]
    [InlineData(45, 90)]
    [InlineData(30, 30)]
    [InlineData(0, 30)]
    [InlineData(-1, null)]
    public void Reminders_fall_due_at_90_and_30_days_before_expiry(int daysLeft, int? milestone) =>
        Assert.Equal(milestone, AccreditationRules.ReminderDue(Held, Held.ValidUntil.AddDays(-daysLeft)));
}
