using System.Globalization;
using CsvHelper;
using TrainingHub.Web.Domain;
using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Web.Pages.SelfAssessment;

/// <summary>
/// Levels laid out enabler by column (an assessment date, or a place): what the compare tables, their charts
/// and their CSV exports all show.
/// </summary>
public sealed record LevelGrid(IReadOnlyList<LevelGrid.Column> Columns, IReadOnlyDictionary<(int Column, string EnablerKey), int?> Levels)
{
    public sealed record Column(string Heading, int? AssessmentId);

    public int? LevelAt(int column, Enabler enabler) => Levels.GetValueOrDefault((column, enabler.Key));

    public byte[] ToCsv(MaturityMatrix matrix, string firstHeading, string firstValue)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { firstHeading, "Foundation", "Enabler", "Enabler text" }.Concat(Columns.Select(c => c.Heading)))
                csv.WriteField(SpreadsheetSafe.Cell(header));
            csv.NextRecord();
            foreach (var foundation in matrix.Foundations)
                foreach (var enabler in foundation.Enablers)
                {
                    foreach (var cell in new[] { firstValue, foundation.Title, enabler.Id, enabler.Text })
                        csv.WriteField(SpreadsheetSafe.Cell(cell));
                    for (var c = 0; c < Columns.Count; c++)
                        csv.WriteField(LevelAt(c, enabler)?.ToString(CultureInfo.InvariantCulture) ?? "");
                    csv.NextRecord();
                }
        }
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }
}

/// <summary>What the _LevelTable partial draws for one foundation.</summary>
public sealed record LevelTableView(MaturityMatrix Matrix, Foundation Foundation, LevelGrid Grid, string Caption, bool Chart);
