using TrainingHub.Web.Domain.PersonalData;

namespace TrainingHub.Tests.Domain.PersonalData;

public sealed class RetentionScheduleTests
{
    private static readonly DateTimeOffset Now = new(2033, 1, 10, 2, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Each_rule_is_due_its_own_period_before_now()
    {
        var due = new RetentionSchedule(FeedbackTextYears: 3, MessageBodyDays: 90, LeaverYears: 6, AuditLogYears: 8).At(Now);

        Assert.Equal(new DateTimeOffset(2030, 1, 10, 2, 30, 0, TimeSpan.Zero), due.FeedbackText);
        Assert.Equal(new DateTimeOffset(2032, 10, 12, 2, 30, 0, TimeSpan.Zero), due.MessageBodies);
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 2, 30, 0, TimeSpan.Zero), due.Leavers);
        Assert.Equal(new DateTimeOffset(2025, 1, 10, 2, 30, 0, TimeSpan.Zero), due.AuditLog);
    }

    [Fact]
    public void An_audit_log_kept_for_0_years_is_never_trimmed() =>
        Assert.Null(new RetentionSchedule(AuditLogYears: 0).At(Now).AuditLog);

    [Fact]
    public void The_defaults_can_be_used() => Assert.Empty(new RetentionSchedule().Problems());

    [Fact]
    public void Periods_too_short_to_use_are_named_by_their_settings()
    {
        var problems = new RetentionSchedule(FeedbackTextYears: 0, MessageBodyDays: 0, LeaverYears: 6, AuditLogYears: 5).Problems();

        Assert.Equal(
        [
            "Retention:FeedbackTextYears must be 1 or more",
            "Retention:MessageBodyDays must be 1 or more",
            "Retention:AuditLogYears must be more than Retention:LeaverYears, or 0",
        ], problems);
    }
}
