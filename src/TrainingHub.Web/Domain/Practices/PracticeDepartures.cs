namespace TrainingHub.Web.Domain.Practices;

/// <summary>
/// What the lead chose for practices the file no longer lists under the programme's commissioners.
/// <see cref="Follow"/> maps a new commissioner code to the commissioner code of the place its practices now belong to
/// (an existing place, or its own code for a new place); <see cref="MarkLeft"/> marks every practice not followed as
/// having left the programme's area.
/// </summary>
public sealed record DepartureChoices(IReadOnlyDictionary<string, string> Follow, bool MarkLeft)
{
    public static readonly DepartureChoices None = new(new Dictionary<string, string>(), false);

    /// <summary>
    /// "D4U1Y=15D" pairs (new commissioner code = place's commissioner code; "new" for the new code's own new place),
    /// blanks ignored; null when a pair is malformed.
    /// </summary>
    public static Dictionary<string, string>? ParseFollow(IEnumerable<string> pairs)
    {
        var follow = new Dictionary<string, string>();
        foreach (var pair in pairs.Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0) return null;
            var code = parts[0].ToUpperInvariant();
            follow[code] = parts[1].Equals("new", StringComparison.OrdinalIgnoreCase) ? code : parts[1].ToUpperInvariant();
        }
        return follow;
    }
}

/// <summary>
/// Practices in the chosen commissioners' places that the file now lists under a commissioner outside the chosen set,
/// or no longer lists at all. None changes without a choice: each is followed, marked as left, or reported as needing a
/// choice. Practices in places the lead did not choose are outside this import and left alone.
/// </summary>
public static class PracticeDepartures
{
    public static IReadOnlyList<ImportOutcome> Decide(
        IEnumerable<OdsPracticeRow> rows, IReadOnlySet<string> commissioners,
        IReadOnlyDictionary<string, RegisteredPractice> register, DepartureChoices choices)
    {
        var listed = new Dictionary<string, OdsPracticeRow>();
        foreach (var row in rows.Where(r => r.IsGpPractice)) listed.TryAdd(row.OdsCode, row);

        var outcomes = new List<ImportOutcome>();
        foreach (var practice in register.Values.Where(p => p.LeftProgrammeOn is null && p.IsUnder(commissioners)).OrderBy(p => p.OdsCode, StringComparer.Ordinal))
        {
            if (!listed.TryGetValue(practice.OdsCode, out var row))
            {
                outcomes.Add(new(0, practice.OdsCode, practice.Name, choices.MarkLeft ? ImportAction.Left : ImportAction.NeedsChoice,
                    choices.MarkLeft ? $"No longer in the file (was under {practice.CommissionerCode}): marked as having left the programme's area."
                        : $"No longer in the file (was under {practice.CommissionerCode}). Choose to mark it as having left the programme's area."));
                continue;
            }
            if (PracticeImportPlan.InScope(row, commissioners, register)) continue;

            var moved = $"Listed under {row.CommissionerCode}, outside the chosen commissioners (was under {practice.CommissionerCode})";
            if (choices.Follow.TryGetValue(row.CommissionerCode, out var place))
                outcomes.Add(new(row.LineNumber, row.OdsCode, row.Name, ImportAction.Follow, $"{moved}: follows to place {place}.", row.CommissionerCode));
            else if (choices.MarkLeft)
                outcomes.Add(new(row.LineNumber, row.OdsCode, row.Name, ImportAction.Left, $"{moved}: marked as having left the programme's area.", row.CommissionerCode));
            else
                outcomes.Add(new(row.LineNumber, row.OdsCode, row.Name, ImportAction.NeedsChoice,
                    $"{moved}. Choose to follow {row.CommissionerCode} to a place, or mark it as having left the programme's area.", row.CommissionerCode));
        }
        return outcomes;
    }
}
