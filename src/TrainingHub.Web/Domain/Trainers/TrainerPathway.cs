namespace TrainingHub.Web.Domain.Trainers;

/// <summary>What is known about a trainee trainer's progress since completing Train the Trainer.</summary>
public sealed record PathwayFacts(
    DateOnly CompletedTrainTheTrainerOn, int CoDeliveries, int QaObservations, QaOutcome? LatestOutcome, bool IsAccredited);

public sealed record PathwayStep(string Name, bool Done, string Detail);

/// <summary>
/// The route from Train the Trainer to leading: complete ToT, co-deliver beside accredited trainers, be observed,
/// be accredited. A trainee sees the steps still ahead; a lead sees where each one is.
/// </summary>
public static class TrainerPathway
{
    public const int CoDeliveriesExpected = 2;
    /// <summary>A trainee not yet observed this long after ToT prompts a reminder to leads.</summary>
    public const int QaNeededAfterDays = 60;

    public static IReadOnlyList<PathwayStep> Steps(PathwayFacts f) =>
    [
        new("Complete Train the Trainer", true, $"Completed {f.CompletedTrainTheTrainerOn:d MMMM yyyy}"),
        new("Co-deliver beside accredited trainers", f.CoDeliveries >= CoDeliveriesExpected || f.IsAccredited,
            $"{f.CoDeliveries} of {CoDeliveriesExpected} co-deliveries completed"),
        new("Be observed delivering (quality assurance)", f.QaObservations > 0,
            f.QaObservations == 0 ? "Not yet observed" : $"{f.QaObservations} observation{(f.QaObservations == 1 ? "" : "s")} recorded"),
        new("Accredited to lead", f.IsAccredited, f.IsAccredited ? "Accredited"
            : f.LatestOutcome == QaOutcome.FurtherDevelopmentNeeded ? "Further development needed: see the development actions" : "Not yet accredited"),
    ];

    public static IReadOnlyList<PathwayStep> StepsAhead(PathwayFacts f) => Steps(f).Where(s => !s.Done).ToList();

    /// <summary>The QA-needed reminder is due once a trainee has gone this long after ToT without an observation.</summary>
    public static bool QaReminderDue(PathwayFacts f, DateOnly today) =>
        !f.IsAccredited && f.QaObservations == 0 && today.DayNumber - f.CompletedTrainTheTrainerOn.DayNumber >= QaNeededAfterDays;
}
