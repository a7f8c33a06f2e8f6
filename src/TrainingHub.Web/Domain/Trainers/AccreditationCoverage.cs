namespace TrainingHub.Web.Domain.Trainers;

/// <summary>An event type as the coverage rule sees it: its key, its name, and the accreditation a lead trainer of it needs.</summary>
public sealed record CoverageType(string Slug, string Name, string? RequiredAccreditation);

/// <summary>What an observation can accredit a trainer for.</summary>
public sealed record ObservationCoverage(string? Grants, string? GrantsName, IReadOnlyList<string> LetsLead)
{
    public bool CanAccredit => Grants is not null;
}

/// <summary>
/// The one rule for what a QA observation accredits. In the Thames Valley programme, trainers were quality assured
/// as YOC trainers on the full YOC training course: it is the only event that shows the whole approach (the
/// information-gathering step, agenda setting and the PCSP conversation itself). The engagement sessions, the
/// shortened course, the whole-practice and Moving On workshops and the topic sessions are delivered by those YOC
/// trainers and use parts of the same content, so being accredited on the course covers them (each names the YOC
/// course as the accreditation its lead trainer needs); delivering one of them well shows only that part, so
/// observing it never grants or extends the course accreditation. Train the Trainer and the facilitator course are
/// their own accreditations. So an observation accredits only for the type observed, and only when that type is
/// itself an accreditation (it names itself as what its lead needs); the types it covers are those that name it.
/// </summary>
public static class AccreditationCoverage
{
    public static ObservationCoverage Of(string observedSlug, IReadOnlyCollection<CoverageType> types)
    {
        var observed = types.FirstOrDefault(t => t.Slug == observedSlug);
        if (observed is null || observed.RequiredAccreditation != observedSlug) return new(null, null, []);
        var covered = types.Where(t => t.RequiredAccreditation == observedSlug).OrderBy(t => t.Slug != observedSlug).ThenBy(t => t.Name)
            .Select(t => t.Name).ToList();
        return new(observedSlug, observed.Name, covered);
    }

    /// <summary>The type a trainer must be observed delivering to be accredited to lead this one, when that is another type.</summary>
    public static string? AccreditedBy(string observedSlug, IReadOnlyCollection<CoverageType> types) =>
        types.FirstOrDefault(t => t.Slug == observedSlug)?.RequiredAccreditation is { } required && required != observedSlug
            ? types.FirstOrDefault(t => t.Slug == required)?.Name ?? required
            : null;
}

/// <summary>Whether the outcome an assessor chose is one the ratings and the event observed allow.</summary>
public static class QaOutcomeRules
{
    public static string NotEveryCriterionMet(QaOutcome outcome) =>
        $"An outcome of {QaCriteria.Name(outcome)} needs every criterion rated Met or Exceeded: choose Further development needed, or change the ratings";

    public const string CanAccredit = "Observing this event can accredit the trainer: choose Accredited or Further development needed";

    public static string DoesNotAccredit(string observedName, string? accreditedByName) =>
        accreditedByName is null
            ? $"Observing a {observedName.ToLowerInvariant()} does not accredit a trainer: choose Standard met or Further development needed"
            : $"Observing a {observedName.ToLowerInvariant()} does not accredit a trainer (they are accredited to lead one by an observation of a {accreditedByName}): choose Standard met or Further development needed";

    public static bool Met(QaRating rating) => rating is QaRating.Met or QaRating.Exceeded;

    /// <summary>Null when the outcome stands; otherwise why not. Standard met also needs every criterion met.</summary>
    public static string? Refusal(QaOutcome outcome, IReadOnlyCollection<QaRating> ratings, bool observationCanAccredit, string observedName, string? accreditedByName) =>
        outcome == QaOutcome.Accredited && !observationCanAccredit ? DoesNotAccredit(observedName, accreditedByName)
        : outcome == QaOutcome.StandardMet && observationCanAccredit ? CanAccredit
        : outcome is QaOutcome.Accredited or QaOutcome.StandardMet && (ratings.Count < QaCriteria.All.Length || !ratings.All(Met))
            ? NotEveryCriterionMet(outcome)
        : null;
}
