namespace TrainingHub.Bench;

public enum BenchRole { Attendee, Trainer, Facilitator, Lead }

/// <summary>
/// A page the benchmark measures: who asks for it and its address. `{event}` and `{practice}` stand for ids read
/// from the event catalogue and the practice register. A POST target first GETs its form for a real antiforgery token.
/// </summary>
public sealed record BenchTarget(
    string Name, BenchRole Role, string Path, string? PostFields = null, bool IsBaseline = false, int ExpectedStatus = 200, bool IsBooking = false)
{
    public bool IsPost => PostFields is not null || IsBooking;
}

/// <summary>
/// The pages measured, one row each. A page that does not exist in this build (404 when probed) is reported as
/// pending, not measured, so the rows for features still being merged can stay here and start counting when they land.
/// </summary>
public static class BenchTargets
{
    public static readonly BenchTarget[] All =
    [
        // The baseline: a page with the layout and no database work; it answers 403 by design.
        new("Baseline: access denied page", BenchRole.Attendee, "/Account/AccessDenied", IsBaseline: true, ExpectedStatus: 403),
        new("Event catalogue", BenchRole.Attendee, "/Events"),
        new("Event details", BenchRole.Attendee, "/Events/Details/{event}"),
        new("Booking (POST)", BenchRole.Attendee, "/Bookings/Book/{event}", ExpectedStatus: 302, IsBooking: true),
        new("Practice register search", BenchRole.Lead, "/Practices?Q=surgery"),
        new("Practice profile", BenchRole.Lead, "/Practices/{practice}"),
        new("Facilitator dashboard", BenchRole.Facilitator, "/Facilitation"),
        new("Trainer home page", BenchRole.Trainer, "/"),
        new("Lead home page", BenchRole.Lead, "/"),
        new("Coverage page", BenchRole.Lead, "/Coverage"),
        new("Delivery page", BenchRole.Lead, "/Delivery"),
        new("Feedback report", BenchRole.Lead, "/Feedback/Reports"),
        new("Trainer pool", BenchRole.Lead, "/Trainers"),
        new("Coverage API", BenchRole.Lead, "/api/coverage"),
    ];

    public const string CoveragePage = "Coverage page";
}
