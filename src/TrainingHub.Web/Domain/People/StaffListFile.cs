using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TrainingHub.Web.Domain.People;

/// <summary>One line of a staff list as written: nothing checked yet.</summary>
public sealed record StaffListRow(int LineNumber, string GivenName, string FamilyName, string Email, string OdsCode, string JobRole);

/// <summary>A staff list read whole, or why it cannot be read at all (a missing column, not CSV, no lines).</summary>
public sealed record StaffListContents(IReadOnlyList<StaffListRow> Rows, string? Rejection);

/// <summary>
/// Reads a staff list: a CSV file with a header naming its five columns in any order (given name, family name,
/// work email, practice ODS code, job role). Usual alternatives (first name, surname, email, ODS code, role) are accepted.
/// </summary>
public static class StaffListFile
{
    private static readonly (string Column, string[] Headers)[] Columns =
    [
        ("given name", ["givenname", "firstname", "forename"]),
        ("family name", ["familyname", "lastname", "surname"]),
        ("work email", ["workemail", "workemailaddress", "email", "emailaddress"]),
        ("practice ODS code", ["practiceodscode", "odscode", "practicecode", "ods"]),
        ("job role", ["jobrole", "role", "professionalrole"]),
    ];

    public const int MaxLines = 5000;

    public static StaffListContents Read(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false, BadDataFound = null, MissingFieldFound = null, DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.Trim,
        };
        using var csv = new CsvParser(reader, config);
        try
        {
            if (!csv.Read()) return new([], "The file is empty: it needs a header line and one line per person");
            var positions = Positions(csv.Record ?? []);
            var missing = Columns.Where((_, i) => positions[i] < 0).Select(c => c.Column).ToList();
            if (missing.Count > 0)
                return new([], $"Line 1: the header has no {string.Join(", ", missing)} column. The file needs given name, family name, work email, practice ODS code and job role");
            var rows = new List<StaffListRow>();
            while (csv.Read())
            {
                var f = csv.Record ?? [];
                if (f.All(string.IsNullOrWhiteSpace)) continue;
                if (rows.Count == MaxLines) return new([], $"The file has more than {MaxLines} people: split it into smaller files");
                string At(int column) => positions[column] < f.Length ? f[positions[column]] : "";
                rows.Add(new StaffListRow(csv.Row, At(0), At(1), At(2), At(3), At(4)));
            }
            return rows.Count == 0 ? new([], "The file has a header but nobody in it") : new(rows, null);
        }
        catch (CsvHelperException)
        {
            return new([], $"Line {csv.Row}: the line is not valid CSV. Save the list as CSV from your spreadsheet and try again");
        }
    }

    private static int[] Positions(string[] header)
    {
        var names = header.Select(h => new string(h.Where(char.IsAsciiLetter).ToArray()).ToLowerInvariant()).ToList();
        return Columns.Select(c => names.FindIndex(n => c.Headers.Contains(n))).ToArray();
    }
}
