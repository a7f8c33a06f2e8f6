
namespace TrainingHub.Web.Domain.Practices;

public enum ImportAction { Create, Update, Close, Unchanged, Skip, Follow, Left, NeedsChoice }

/// <param name="NewCommissioner">For a practice now listed under a commissioner outside the chosen set, that commissioner's code.</param>
public sealed record ImportOutcome(int LineNumber, string OdsCode, string Name, ImportAction Action, string Reason, string? NewCommissioner = null);

/// <summary>What the register holds for a practice now, as far as the import compares it.</summary>
/// <param name="PlaceCode">The commissioner code of the place the practice belongs to, which differs from its own after it was followed.</param>
public sealed record RegisteredPractice(
    string OdsCode, string Name, string[] AddressLines, string? Postcode, string? Telephone,
    PracticeStatus Status, DateOnly? OpenedOn, DateOnly? ClosedOn, string CommissionerCode,
    string? IcbCode = null, DateOnly? LeftProgrammeOn = null, string? PlaceCode = null)
{
    public bool IsUnder(IReadOnlySet<string> commissioners) =>
        commissioners.Contains(CommissionerCode) || (PlaceCode is not null && commissioners.Contains(PlaceCode));
}

/// <summary>
/// The import rules, with no database: only GP practices (prescribing setting 4, or role code RO76 in files since 2024) in the chosen commissioners
/// count; practices are matched by ODS code; a practice the file closes is marked closed and never deleted;
/// a closed practice the register never held is not added; a row equal to the register changes nothing.
/// </summary>
public static class PracticeImportPlan
{
    public static IReadOnlyList<ImportOutcome> Decide(
        IEnumerable<OdsPracticeRow> rows,
        IReadOnlySet<string> commissioners,
        IReadOnlyDictionary<string, RegisteredPractice> register)
    {
        var outcomes = new List<ImportOutcome>();
        var seen = new HashSet<string>();
        foreach (var row in rows)
        {
            if (!InScope(row, commissioners, register)) continue;
            outcomes.Add(Decide(row, register, seen));
        }
        return outcomes;
    }

    /// <summary>
    /// A row counts when it is listed under a chosen commissioner, or it is a practice the lead followed earlier from
    /// that commissioner into a chosen place, so a followed practice is not asked about again on every import.
    /// </summary>
    public static bool InScope(OdsPracticeRow row, IReadOnlySet<string> commissioners, IReadOnlyDictionary<string, RegisteredPractice> register) =>
        commissioners.Contains(row.CommissionerCode)
        || (register.TryGetValue(row.OdsCode, out var known) && known.CommissionerCode == row.CommissionerCode
            && known.PlaceCode is not null && commissioners.Contains(known.PlaceCode));

    private static ImportOutcome Decide(OdsPracticeRow row, IReadOnlyDictionary<string, RegisteredPractice> register, HashSet<string> seen)
    {
        ImportOutcome Outcome(ImportAction action, string reason) => new(row.LineNumber, row.OdsCode, row.Name, action, reason);

        if (!row.IsGpPractice)
            return Outcome(ImportAction.Skip, $"Not a GP practice ({row.Format.SettingName} {row.Setting}).");
        if (!seen.Add(row.OdsCode))
            return Outcome(ImportAction.Skip, "The file lists this ODS code more than once; the first row was used.");

        var incoming = ToRegistered(row);
        if (!register.TryGetValue(row.OdsCode, out var current))
        {
            return incoming.Status == PracticeStatus.Closed
                ? Outcome(ImportAction.Skip, "Closed, and not in the register.")
                : Outcome(ImportAction.Create, $"New {Describe(incoming.Status)} practice.");
        }

        var changes = Differences(current, incoming);
        if (changes.Count == 0) return Outcome(ImportAction.Unchanged, "Matches the register.");
        if (incoming.Status == PracticeStatus.Closed && current.Status != PracticeStatus.Closed)
            return Outcome(ImportAction.Close, $"Closed on {incoming.ClosedOn:d MMM yyyy}.");
        return Outcome(ImportAction.Update, "Changed: " + string.Join(", ", changes) + ".");
    }

    public static RegisteredPractice ToRegistered(OdsPracticeRow row) => new(
        row.OdsCode, row.Name, row.AddressLines, NullIfEmpty(row.Postcode), NullIfEmpty(row.Telephone),
        row.Status, row.OpenedOn, row.ClosedOn, row.CommissionerCode, row.IcbCode);

    internal static List<string> Differences(RegisteredPractice a, RegisteredPractice b)
    {
        var changes = new List<string>();
        if (a.Name != b.Name) changes.Add("name");
        if (!a.AddressLines.SequenceEqual(b.AddressLines) || a.Postcode != b.Postcode) changes.Add("address");
        if (a.Telephone != b.Telephone) changes.Add("telephone");
        if (a.Status != b.Status) changes.Add($"status {Describe(a.Status)} to {Describe(b.Status)}");
        if (a.OpenedOn != b.OpenedOn || a.ClosedOn != b.ClosedOn) changes.Add("dates");
        if (a.CommissionerCode != b.CommissionerCode) changes.Add($"commissioner {a.CommissionerCode} to {b.CommissionerCode}");
        // Older files carry no ICB, so they never clear the one a newer file gave.
        if (b.IcbCode is not null && a.IcbCode != b.IcbCode) changes.Add($"ICB {a.IcbCode ?? "none"} to {b.IcbCode}");
        return changes;
    }

    private static string Describe(PracticeStatus status) => status.ToString().ToLowerInvariant();

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
