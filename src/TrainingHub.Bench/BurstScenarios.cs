namespace TrainingHub.Bench;

public sealed record BurstResult(string Name, string Outcome);

/// <summary>
/// The bursts of issue 12, switched on by name with --bursts. Each is listed with what it waits for until its
/// feature is in this build; a burst that cannot run yet says so in the report rather than printing a figure.
/// </summary>
public static class BurstScenarios
{
    public const string Booking = "booking";
    public const string Reminders = "reminders";

    public static readonly (string Name, string Description, string? WaitingFor)[] All =
    [
        (Booking, "1,000 simultaneous booking attempts for 20 seats: exactly 20 booked, the rest waitlisted, zero 5xx",
            "the booking pages (issue 5)"),
        (Reminders, "10,000 due reminders delivered to a real SMTP server through the outbox, zero duplicates, timed against a plain send loop",
            "the reminder messages (issue 6) and a driver for the SMTP sink, not written yet"),
    ];

    public static IReadOnlyList<BurstResult> Report(IEnumerable<string> asked) => All.Select(b => new BurstResult(b.Name,
        b.WaitingFor is { } waiting
            ? $"Pending: waits for {waiting}." + (asked.Contains(b.Name) ? " (asked for with --bursts; not run)" : "")
            : "Not asked for in this run.")).ToList();
}
