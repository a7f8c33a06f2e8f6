using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;


namespace TrainingHub.Web.Domain.Coverage;

/// <summary>A practice as coverage sees it: where it is and whether it was open on a date.</summary>
public sealed record CoveragePractice(
    int Id, string Name, string OdsCode, int PlaceId, int? PrimaryCareNetworkId,
    PracticeStatus Status, DateOnly? OpenedOn, DateOnly? ClosedOn, DateOnly? LeftProgrammeOn = null, string? IcbCode = null);

/// <summary>
/// One completed booking (state Attended, completed on a date), with the practice and professional role the person
/// had when they completed it. <see cref="WholePracticeWorkshop"/> is the whole-practice team workshop.
/// </summary>
public sealed record CoverageCompletion(
    int? PersonId, int PracticeId, ProfessionalRole? Role, bool CountsTowardsTrained, bool WholePracticeWorkshop,
    DateOnly CompletedOn);

/// <summary>One active practice on a date: engaged, trained, and the clinicians from it who were trained.</summary>
public sealed record PracticeCoverage(CoveragePractice Practice, bool Engaged, bool Trained, IReadOnlySet<int> CliniciansTrained);

/// <summary>What a practice's completions come to: whether any trains the practice, and the clinicians they trained.</summary>
public sealed record PracticeCompletions(int PracticeId, bool Trains, IReadOnlySet<int> CliniciansTrained);

/// <summary>The coverage of a group of practices (a place, a PCN, the ICS).</summary>
public sealed record CoverageFigures(int ActivePractices, int Engaged, int Trained, int CliniciansTrained)
{
    /// <summary>Percent trained to one decimal place; 0 when there are no active practices.</summary>
    public decimal PercentTrained => ActivePractices == 0 ? 0 : Math.Round(100m * Trained / ActivePractices, 1);

    public bool MeetsTarget(decimal targetPercent) => ActivePractices > 0 && 100m * Trained >= targetPercent * ActivePractices;
}

/// <summary>
/// Who counts as trained. The rule, as the coverage page shows it:
/// <list type="number">
/// <item>Only active practices count: a practice that has closed (or not opened yet) on the date is left out of
///       every figure, trained or not. A practice trained before it closed counts until the day it closed and is
///       left out from then on; history snapshots taken before that keep it.</item>
/// <item>A practice is trained when a GP or practice nurse from it has completed an event whose type counts
///       towards training, or when anyone from it completed a whole-practice team workshop.</item>
/// <item>A practice is engaged when anyone from it has completed any programme event.</item>
/// <item>"From it" means the practice and role the person had when they completed: a booking still to be
///       attended moves with a person who changes practice, and a completed one stays where it was completed.</item>
/// <item>Clinicians trained: distinct people in a clinical role who completed an event that counts towards training.</item>
/// </list>
/// </summary>
public static class PracticeTrained
{
    public static readonly IReadOnlyList<string> Rule =
    [
        "Only active practices count. A practice that has closed is left out of every figure from the day it closed, even if it was trained; earlier history keeps it.",
        "A practice the NHS file moved to a commissioner outside the programme, or stopped listing, counts where the lead chose at import: followed to a place, it counts in that place; marked as having left the programme's area, it is left out from the day it left, and its bookings, visits and reviews stay on its record.",
        "A practice is trained when at least one GP or practice nurse from it has completed an event whose type counts towards training, or when the practice completed a whole-practice team workshop.",
        "A practice is engaged when anyone from it has completed (attended every session of) any programme event.",
        "People count for the practice and job role they had when they completed: someone who moves practice leaves the training they completed with the practice they worked in then, and places they have booked but not yet attended count for their new practice.",
        "Clinicians trained are distinct people in a clinical role (GP, practice nurse, healthcare assistant, pharmacist, other clinical) who completed an event that counts towards training.",
    ];

    public const string WholePracticeWorkshopSlug = "whole-practice-team-workshop";

    public static bool IsActiveOn(CoveragePractice practice, DateOnly on)
    {
        if (practice.OpenedOn is { } opened && opened > on) return false;
        // A practice that left the programme's area counts until the day it left, as a closed one does.
        if (practice.LeftProgrammeOn is { } left && left <= on) return false;
        return practice.Status switch
        {
            PracticeStatus.Active => true,
            // A closed practice was active until its closing day; with no closing date we cannot place it in history.
            PracticeStatus.Closed => practice.ClosedOn is { } closed && closed > on,
            _ => false,
        };
    }

    public static bool TrainsThePractice(CoverageCompletion completion) =>
        completion.WholePracticeWorkshop
        || (completion.CountsTowardsTrained && completion.Role is ProfessionalRole.GeneralPractitioner or ProfessionalRole.PracticeNurse);

    /// <summary>The clinical roles, as a list a database query can use.</summary>
    public static readonly IReadOnlyList<ProfessionalRole> ClinicalRoles =
    [
        ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse, ProfessionalRole.HealthcareAssistant,
        ProfessionalRole.Pharmacist, ProfessionalRole.OtherClinical,
    ];

    public static bool IsClinical(ProfessionalRole? role) => role is { } r && ClinicalRoles.Contains(r);

    /// <summary>Every practice active on the date, with what its completions up to and including that date make it.</summary>
    public static IReadOnlyList<PracticeCoverage> Assess(
        IEnumerable<CoveragePractice> practices, IEnumerable<CoverageCompletion> completions, DateOnly on) =>
        Assess(practices, Summarise(completions.Where(c => c.CompletedOn <= on)), on);

    /// <summary>
    /// The same from completions already reduced per practice (the database can do the reduction, so a page need
    /// not read every booking). A practice with no entry has completed nothing and is not engaged.
    /// </summary>
    public static IReadOnlyList<PracticeCoverage> Assess(
        IEnumerable<CoveragePractice> practices, IReadOnlyDictionary<int, PracticeCompletions> completed, DateOnly on) =>
        practices.Where(p => IsActiveOn(p, on)).Select(p => completed.TryGetValue(p.Id, out var done)
            ? new PracticeCoverage(p, true, done.Trains, done.CliniciansTrained)
            : new PracticeCoverage(p, false, false, NoClinicians)).ToList();

    public static IReadOnlyDictionary<int, PracticeCompletions> Summarise(IEnumerable<CoverageCompletion> completions) =>
        completions.GroupBy(c => c.PracticeId).ToDictionary(g => g.Key, g => new PracticeCompletions(g.Key, g.Any(TrainsThePractice),
            g.Where(c => c.PersonId is not null && CountsAsClinicianTrained(c.Role, c.CountsTowardsTrained, c.WholePracticeWorkshop))
                .Select(c => c.PersonId!.Value).ToHashSet()));

    public static bool CountsAsClinicianTrained(ProfessionalRole? role, bool countsTowardsTrained, bool wholePracticeWorkshop) =>
        IsClinical(role) && (countsTowardsTrained || wholePracticeWorkshop);

    private static readonly IReadOnlySet<int> NoClinicians = new HashSet<int>();

    /// <summary>Adds up practices; a clinician trained in two practices of the group counts once.</summary>
    public static CoverageFigures Sum(IEnumerable<PracticeCoverage> practices)
    {
        var list = practices.ToList();
        return new CoverageFigures(list.Count, list.Count(p => p.Engaged), list.Count(p => p.Trained),
            list.SelectMany(p => p.CliniciansTrained).Distinct().Count());
    }
}
