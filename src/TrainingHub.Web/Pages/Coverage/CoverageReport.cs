using TrainingHub.Web.Domain.Coverage;

namespace TrainingHub.Web.Pages.Coverage;

public enum AreaKind { IntegratedCareSystem, Place, PrimaryCareNetwork }

/// <summary>One row of the coverage table: an ICS, a place or a PCN, with its figures against the target.</summary>
public sealed record CoverageArea(
    AreaKind Kind, int Id, string Name, string? PartOf,
    int ActivePractices, int Engaged, int Trained, decimal PercentTrained, bool MeetsTarget, int CliniciansTrained);

public sealed record PracticeNotTrained(int Id, string OdsCode, string Name, string Place, string? PrimaryCareNetwork, bool Engaged);

/// <summary>Percent trained at the end of a month, for the ICS and for each place in <see cref="CoverageReport.Places"/>' order.</summary>
public sealed record TrendPoint(DateOnly On, decimal IcsPercentTrained, int IcsTrained, IReadOnlyList<decimal?> PlacePercentTrained);

/// <summary>
/// What the coverage page shows and /api/coverage returns: one model, so they cannot disagree. With <see cref="Icb"/>
/// set, only practices the NHS file lists under that ICB are counted, and the trend (kept per place) is left out.
/// </summary>
public sealed record CoverageReport(
    DateOnly On, int TargetPercent, IReadOnlyList<string> Rule, IReadOnlyList<CoverageArea> Areas,
    IReadOnlyList<PracticeNotTrained> NotTrained, IReadOnlyList<string> Places, IReadOnlyList<TrendPoint> Trend,
    string? Icb = null, IReadOnlyList<string>? IcbCodes = null)
{
    public static CoverageArea Area(AreaKind kind, int id, string name, string? partOf, CoverageFigures f, int target) =>
        new(kind, id, name, partOf, f.ActivePractices, f.Engaged, f.Trained, f.PercentTrained, f.MeetsTarget(target), f.CliniciansTrained);
}
