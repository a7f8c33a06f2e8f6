namespace TrainingHub.Bench;

/// <summary>A burst's outcome as reported, and the counts it was judged on.</summary>
public sealed record BurstResult(string Name, string Outcome, IReadOnlyDictionary<string, int> Counts)
{
    public const string Booked = "booked", Waitlisted = "waitlisted", Other = "other states", ServerErrors = "5xx", NotRedirected = "not redirected";
    public const string RemindersReceived = "reminders received", OutboxMessages = "outbox messages", Duplicates = "duplicates",
        WithoutMessageId = "without Message-ID", PlainReceived = "plain loop received",
        LikeForLikeReceived = "like-for-like loop received";
}

/// <summary>
/// The bursts of issue 12, switched on by name with --bursts and run on the first scale's dataset: the booking
/// burst against the portal on Kestrel, the reminder burst after it, with the portal stopped so that its own
/// scheduled outbox job cannot take a share of the messages.
/// </summary>
public static class BurstScenarios
{
    public const string Booking = "booking";
    public const string Reminders = "reminders";
    public static readonly string[] All = [Booking, Reminders];

    public static BurstResult NotAsked(string name) => new(name, "Not asked for in this run (`--bursts booking,reminders`).", new Dictionary<string, int>());
}
