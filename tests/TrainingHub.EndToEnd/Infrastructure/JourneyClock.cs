namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// Real time, moved forward when a journey jumps to the day of an event: time keeps flowing (cookies, jobs and
/// timestamps stay ordered) but the portal sees the sessions start and end without the test waiting for them.
/// </summary>
public sealed class JourneyClock : TimeProvider
{
    private TimeSpan ahead;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;

    /// <summary>Moves the portal's clock to <paramref name="instant"/> (never backwards).</summary>
    public void JumpTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by > TimeSpan.Zero) ahead += by;
    }
}
