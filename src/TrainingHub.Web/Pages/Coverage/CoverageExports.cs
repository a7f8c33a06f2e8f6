namespace TrainingHub.Web.Pages.Coverage;

/// <summary>The coverage report as tables for CSV and Excel: the same figures the page shows.</summary>
public static class CoverageExports
{
    public static ExportTable Areas(CoverageReport report) => new("Coverage",
        ["Area", "Kind", "Part of", "Active practices", "Engaged", "Trained", "% trained", $"Meets target ({report.TargetPercent}%)", "Clinicians trained"],
        report.Areas.Select(a => (IReadOnlyList<object?>)[a.Name, KindName(a.Kind), a.PartOf, a.ActivePractices, a.Engaged, a.Trained,
            a.PercentTrained, a.MeetsTarget, a.CliniciansTrained]).ToList());

    public static ExportTable NotTrained(CoverageReport report) => new("Not yet trained",
        ["ODS code", "Practice", "Place", "PCN", "Engaged"],
        report.NotTrained.Select(p => (IReadOnlyList<object?>)[p.OdsCode, p.Name, p.Place, p.PrimaryCareNetwork, p.Engaged]).ToList());

    public static ExportTable Trend(CoverageReport report) => new("Trend",
        ["Month end", "ICS % trained", .. report.Places.Select(p => p + " % trained")],
        report.Trend.Select(t => (IReadOnlyList<object?>)[t.On, t.IcsPercentTrained, .. t.PlacePercentTrained.Cast<object?>()]).ToList());

    public static IEnumerable<ExportTable> All(CoverageReport report) => [Areas(report), NotTrained(report), Trend(report)];

    public static string KindName(AreaKind kind) => kind switch
    {
        AreaKind.IntegratedCareSystem => "ICS",
        AreaKind.Place => "Place",
        _ => "PCN",
    };
}
