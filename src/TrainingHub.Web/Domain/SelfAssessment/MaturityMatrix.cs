namespace TrainingHub.Web.Domain.SelfAssessment;

/// <summary>One of the four maturity levels (1 Emerging to 4 Embedded) and what it means.</summary>
public sealed record MaturityLevel(int Number, string Name, string Description)
{
    public string Label => $"{Number} {Name}";
}

/// <summary>A heading and its statements, e.g. the 'I statements' of what a foundation means for people.</summary>
public sealed record StatementGroup(string Heading, IReadOnlyList<string> Statements);

/// <summary>
/// A key enabler of a foundation. Its <see cref="Key"/> ("foundation/letter") is what saved ratings refer to,
/// so it must stay stable while the wording around it is edited.
/// </summary>
public sealed record Enabler(string FoundationId, string Id, string Text, IReadOnlyDictionary<int, string> OwnLevelTexts)
{
    public string Key => KeyOf(FoundationId, Id);

    public static string KeyOf(string foundationId, string enablerId) => $"{foundationId}/{enablerId}";
}

public sealed record Foundation(string Id, string Title, IReadOnlyList<StatementGroup> Statements, IReadOnlyList<Enabler> Enablers);

/// <summary>The PCSP quality framework's maturity matrix as the programme's content file describes it.</summary>
public sealed record MaturityMatrix(
    string Title, string Introduction, IReadOnlyList<MaturityLevel> Levels, IReadOnlyList<string> Criteria,
    IReadOnlyList<Foundation> Foundations)
{
    public IEnumerable<Enabler> Enablers => Foundations.SelectMany(f => f.Enablers);

    public Foundation? FindFoundation(string? id) => Foundations.FirstOrDefault(f => f.Id == id);

    public Enabler? FindEnabler(string key) => Enablers.FirstOrDefault(e => e.Key == key);

    public MaturityLevel? Level(int? number) => Levels.FirstOrDefault(l => l.Number == number);

    /// <summary>The enabler's own wording for a level where the file gives one, else the general description.</summary>
    public string LevelText(Enabler enabler, int level) =>
        enabler.OwnLevelTexts.TryGetValue(level, out var own) ? own : Level(level)?.Description ?? "";
}
