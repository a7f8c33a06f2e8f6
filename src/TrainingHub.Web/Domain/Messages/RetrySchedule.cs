namespace TrainingHub.Web.Domain.Messages;

/// <summary>When a failed send is tried again: 1, 2, 4, 8 … minutes, capped at six hours, up to a last attempt.</summary>
public static class RetrySchedule
{
    public const int MaxAttempts = 8;
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Longest = TimeSpan.FromHours(6);

    /// <summary>Null when the message has failed often enough that a lead must look at it.</summary>
    public static DateTimeOffset? NextAttempt(int attemptsSoFar, DateTimeOffset failedAt)
    {
        if (attemptsSoFar >= MaxAttempts) return null;
        var delay = TimeSpan.FromTicks(First.Ticks * (1L << Math.Clamp(attemptsSoFar - 1, 0, 20)));
        return failedAt + (delay < Longest ? delay : Longest);
    }
}
