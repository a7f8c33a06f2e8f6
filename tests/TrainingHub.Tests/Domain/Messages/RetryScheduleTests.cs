using TrainingHub.Web.Domain.Messages;

namespace TrainingHub.Tests.Domain.Messages;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset FailedAt = new(2026, 3, 3, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(5, 16)]
    public void Each_failure_doubles_the_wait_before_the_next_try(int attempts, int minutes) =>
        Assert.Equal(FailedAt.AddMinutes(minutes), RetrySchedule.NextAttempt(attempts, FailedAt));

    [Fact]
    public void After_the_last_attempt_a_lead_decides_instead_of_another_retry() =>
        Assert.Null(RetrySchedule.NextAttempt(RetrySchedule.MaxAttempts, FailedAt));
}
