using System.Text;
using System.Text.RegularExpressions;

namespace TrainingHub.Web.Domain.SelfAssessment;

public sealed class MaturityMatrixFormatException(int lineNumber, string message)
    : Exception($"Line {lineNumber}: {message}")
{
    public int LineNumber { get; } = lineNumber;
}

/// <summary>
/// Reads the maturity matrix content file (its format is described at the top of the file itself), or rejects
/// it whole at the first line that breaks the format, so a programme office edit never half-applies.
/// </summary>
public static partial class MaturityMatrixFile
{
    public const int LevelCount = 4;

    private enum Section { Start, Introduction, Levels, Criteria, Foundation, Statements, Enablers }

    public static MaturityMatrix Parse(string text) => new Reader().Read(text);

    private sealed class Reader
    {
        private Section section = Section.Start;
        private int lineNumber;
        private string? title;
        private readonly StringBuilder introduction = new();
        private readonly List<(int Line, MaturityLevel Level)> levels = [];
        private readonly List<string> criteria = [];
        private readonly List<FoundationDraft> foundations = [];
        // The text the next indented continuation line extends.
        private Action<string>? continueText;

        public MaturityMatrix Read(string text)
        {
            var lines = text.ReplaceLineEndings("\n").Split('\n');
            var inComment = false;
            foreach (var raw in lines)
            {
                lineNumber++;
                var line = raw.TrimEnd();
                if (inComment || line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
                {
                    inComment = !line.Contains("-->", StringComparison.Ordinal);
                    continue;
                }
                ReadLine(line);
            }
            if (inComment) Fail("a comment that starts with <!-- is never closed with -->.");
            return Finish();
        }

        private void ReadLine(string line)
        {
            if (line.Length == 0)
            {
                if (section == Section.Introduction) introduction.AppendLine();
                return;
            }
            if (line.StartsWith('#')) { ReadHeading(line); return; }
            if (section == Section.Introduction) { introduction.AppendLine(line); return; }
            if (ContinuationPattern().Match(line) is { Success: true } more && continueText is not null
                && !NestedLevelPattern().IsMatch(line))
            {
                continueText(more.Groups[1].Value);
                return;
            }
            switch (section)
            {
                case Section.Levels: ReadLevel(line); break;
                case Section.Criteria: ReadCriterion(line); break;
                case Section.Statements: ReadStatement(line); break;
                case Section.Enablers: ReadEnabler(line); break;
                case Section.Start: Fail("the file must start with a title line such as '# PCSP maturity matrix'."); break;
                default: Fail($"text here must sit under a '### ' heading: '{Shorten(line)}'."); break;
            }
        }

        private void ReadHeading(string line)
        {
            continueText = null;
            var match = HeadingPattern().Match(line);
            if (!match.Success) Fail($"a heading needs a space after its # marks: '{Shorten(line)}'.");
            var depth = match.Groups[1].Value.Length;
            var heading = match.Groups[2].Value.Trim();
            if (depth == 1)
            {
                if (section != Section.Start) Fail("only the first line may be a '# ' title.");
                title = heading;
                section = Section.Introduction;
            }
            else if (section == Section.Start) Fail("the file must start with a title line such as '# PCSP maturity matrix'.");
            else if (depth == 2) ReadSectionHeading(heading);
            else if (depth == 3) ReadFoundationHeading(heading);
            else Fail($"headings deeper than '###' are not part of the format: '{Shorten(line)}'.");
        }

        private void ReadSectionHeading(string heading)
        {
            if (heading.Equals("Levels", StringComparison.OrdinalIgnoreCase)) section = Section.Levels;
            else if (heading.Equals("Criteria", StringComparison.OrdinalIgnoreCase)) section = Section.Criteria;
            else if (FoundationPattern().Match(heading) is { Success: true } foundation)
            {
                var id = foundation.Groups[1].Value;
                if (foundations.Any(f => f.Id == id)) Fail($"foundation '{id}' appears twice.");
                foundations.Add(new FoundationDraft(lineNumber, id, foundation.Groups[2].Value.Trim()));
                section = Section.Foundation;
            }
            else Fail($"'## {heading}' is not a section of the format: use '## Levels', '## Criteria' or "
                + "'## Foundation id: Title' (id in lower-case letters, digits and hyphens).");
        }

        private void ReadFoundationHeading(string heading)
        {
            if (section is not (Section.Foundation or Section.Statements or Section.Enablers))
                Fail($"'### {heading}' must sit under a '## Foundation' section.");
            var foundation = foundations[^1];
            if (heading.Equals("Enablers", StringComparison.OrdinalIgnoreCase))
            {
                if (foundation.EnablersLine is not null) Fail($"foundation '{foundation.Id}' has two '### Enablers' lists.");
                foundation.EnablersLine = lineNumber;
                section = Section.Enablers;
                return;
            }
            foundation.Statements.Add((heading, []));
            section = Section.Statements;
        }

        private void ReadLevel(string line)
        {
            var match = LevelPattern().Match(line);
            if (!match.Success) Fail($"a level must look like '1. Emerging: description', not '{Shorten(line)}'.");
            var number = int.Parse(match.Groups[1].Value);
            if (number != levels.Count + 1 || number > LevelCount)
                Fail($"levels must be numbered 1 to {LevelCount} in order; expected {levels.Count + 1}, found {number}.");
            var level = new MaturityLevel(number, match.Groups[2].Value.Trim(), match.Groups[3].Value.Trim());
            levels.Add((lineNumber, level));
            var index = levels.Count - 1;
            continueText = more => levels[index] = (levels[index].Line, levels[index].Level with { Description = levels[index].Level.Description + " " + more });
        }

        private void ReadCriterion(string line)
        {
            var match = CriterionPattern().Match(line);
            if (!match.Success) Fail($"a criterion must look like '1. text', not '{Shorten(line)}'.");
            var number = int.Parse(match.Groups[1].Value);
            if (number != criteria.Count + 1) Fail($"criteria must be numbered in order; expected {criteria.Count + 1}, found {number}.");
            criteria.Add(match.Groups[2].Value.Trim());
            var index = criteria.Count - 1;
            continueText = more => criteria[index] += " " + more;
        }

        private void ReadStatement(string line)
        {
            var match = StatementPattern().Match(line);
            if (!match.Success) Fail($"a statement must be a list line starting '- ', not '{Shorten(line)}'.");
            var statements = foundations[^1].Statements[^1].Items;
            statements.Add(match.Groups[1].Value.Trim());
            var index = statements.Count - 1;
            continueText = more => statements[index] += " " + more;
        }

        private void ReadEnabler(string line)
        {
            var foundation = foundations[^1];
            if (NestedLevelPattern().Match(line) is { Success: true } own)
            {
                if (foundation.Enablers.Count == 0) Fail("a level's own wording must be indented under an enabler.");
                var enabler = foundation.Enablers[^1];
                var level = int.Parse(own.Groups[1].Value);
                if (!enabler.LevelTexts.TryAdd(level, own.Groups[2].Value.Trim()))
                    Fail($"enabler '{enabler.Id}' gives its own wording for level {level} twice.");
                continueText = more => enabler.LevelTexts[level] += " " + more;
                return;
            }
            var match = EnablerPattern().Match(line);
            if (!match.Success) Fail($"an enabler must look like '- a. text' (a lower-case letter, a full stop, the text), not '{Shorten(line)}'.");
            var id = match.Groups[1].Value;
            if (foundation.Enablers.Any(e => e.Id == id)) Fail($"enabler '{id}' appears twice in foundation '{foundation.Id}'.");
            var draft = new EnablerDraft(id, match.Groups[2].Value.Trim());
            foundation.Enablers.Add(draft);
            continueText = more => draft.Text += " " + more;
        }

        private MaturityMatrix Finish()
        {
            var end = lineNumber;
            if (title is null) Fail("the file is empty; it must start with a '# ' title line.");
            if (levels.Count != LevelCount) Fail(end, $"the '## Levels' section must list {LevelCount} levels; found {levels.Count}.");
            if (criteria.Count == 0) Fail(end, "the '## Criteria' section is missing or empty.");
            if (foundations.Count == 0) Fail(end, "there is no '## Foundation id: Title' section.");
            foreach (var f in foundations.Where(f => f.Enablers.Count == 0))
                Fail(f.EnablersLine ?? f.Line, $"foundation '{f.Id}' has no enablers; list them under '### Enablers' as '- a. text'.");
            return new MaturityMatrix(title!, introduction.ToString().Trim(), [.. levels.Select(l => l.Level)], criteria,
                [.. foundations.Select(f => new Foundation(f.Id, f.Title,
                    [.. f.Statements.Select(s => new StatementGroup(s.Heading, s.Items))],
                    [.. f.Enablers.Select(e => new Enabler(f.Id, e.Id, e.Text, e.LevelTexts))]))]);
        }

        private void Fail(string message) => Fail(lineNumber, message);

        private static void Fail(int line, string message) => throw new MaturityMatrixFormatException(line, message);

        private static string Shorten(string line) => line.Length <= 60 ? line.Trim() : line.Trim()[..57] + "...";
    }

    private sealed record FoundationDraft(int Line, string Id, string Title)
    {
        public int? EnablersLine { get; set; }
        public List<(string Heading, List<string> Items)> Statements { get; } = [];
        public List<EnablerDraft> Enablers { get; } = [];
    }

    private sealed class EnablerDraft(string id, string text)
    {
        public string Id { get; } = id;
        public string Text { get; set; } = text;
        public Dictionary<int, string> LevelTexts { get; } = [];
    }

    [GeneratedRegex(@"^(#+)\s+(\S.*)$")] private static partial Regex HeadingPattern();
    [GeneratedRegex(@"^Foundation\s+([a-z0-9]+(?:-[a-z0-9]+)*)\s*:\s*(\S.*)$")] private static partial Regex FoundationPattern();
    [GeneratedRegex(@"^(\d+)\.\s+([^:]+?)\s*:\s*(\S.*)$")] private static partial Regex LevelPattern();
    [GeneratedRegex(@"^(\d+)\.\s+(\S.*)$")] private static partial Regex CriterionPattern();
    [GeneratedRegex(@"^-\s+(\S.*)$")] private static partial Regex StatementPattern();
    [GeneratedRegex(@"^-\s+([a-z]{1,2})\.\s+(\S.*)$")] private static partial Regex EnablerPattern();
    [GeneratedRegex(@"^\s{2,}-\s+([1-4])\s*:\s*(\S.*)$")] private static partial Regex NestedLevelPattern();
    [GeneratedRegex(@"^\s{2,}(\S.*)$")] private static partial Regex ContinuationPattern();
}
