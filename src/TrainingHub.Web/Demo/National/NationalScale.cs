namespace TrainingHub.Web.Demo.National;

/// <summary>
/// How much of England to generate: every active GP practice ("national"), the 211 practices the programme in the
/// seeds covered ("programme"), or any number of practices. Everything else grows in proportion to the practices.
/// </summary>
public sealed record NationalScale(string Name, int? Practices)
{
    public const int ProgrammePractices = 211;

    public static NationalScale? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "national" => new NationalScale("national", null),
        "programme" => new NationalScale("programme", ProgrammePractices),
        var n when int.TryParse(n, out var count) && count > 0 => new NationalScale($"{count} practices", count),
        _ => null,
    };
}

/// <summary>The sizes of a national programme; a smaller scale takes the same share of each.</summary>
public sealed record NationalSizes(int Staff, int Trainers, int Facilitators, int Events, int Bookings, int Visits, int FidelityReviews)
{
    public static readonly NationalSizes England = new(
        Staff: 120_000, Trainers: 2_000, Facilitators: 250, Events: 25_000, Bookings: 600_000, Visits: 50_000, FidelityReviews: 10_000);

    public NationalSizes Share(int practices, int allPractices)
    {
        var share = Math.Min(1.0, (double)practices / allPractices);
        int Of(int national, int least) => Math.Max(least, (int)Math.Round(national * share));
        return new NationalSizes(Of(Staff, practices * 2), Of(Trainers, 4), Of(Facilitators, 2), Of(Events, 20),
            Of(Bookings, 100), Of(Visits, 10), Of(FidelityReviews, 2));
    }
}
