using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace TrainingHub.Web.Domain.Practices;

/// <summary>One row of the NHS ODS epraccur file (27 columns, no header), as the publisher describes it.</summary>
public sealed record OdsPracticeRow(
    int LineNumber,
    string OdsCode,
    string Name,
    string HighLevelHealthGeography,
    string[] AddressLines,
    string Postcode,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    char StatusCode,
    string CommissionerCode,
    string Telephone,
    int PrescribingSetting)
{
    public const int GpPracticeSetting = 4;
}

public sealed class OdsFileFormatException(int lineNumber, string message)
    : Exception($"Line {lineNumber}: {message}")
{
    public int LineNumber { get; } = lineNumber;
}

/// <summary>Reads an epraccur file whole, or rejects it whole at the first line that breaks the format.</summary>
public static class OdsPracticeFile
{
    private const int ColumnCount = 27;
    private static readonly char[] StatusCodes = ['A', 'C', 'D', 'P'];

    public static IReadOnlyList<OdsPracticeRow> Read(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var csv = new CsvParser(reader, config);
        var rows = new List<OdsPracticeRow>();
        try
        {
            while (csv.Read())
            {
                var fields = csv.Record ?? [];
                if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0])) continue;
                rows.Add(ParseRow(csv.Row, fields));
            }
        }
        catch (CsvHelperException ex) when (ex is not null)
        {
            throw new OdsFileFormatException(csv.Row, "the line is not valid CSV.");
        }
        if (rows.Count == 0) throw new OdsFileFormatException(1, "the file has no practice rows.");
        return rows;
    }

    internal static OdsPracticeRow ParseRow(int line, string[] f)
    {
        if (f.Length != ColumnCount)
            throw new OdsFileFormatException(line, $"expected {ColumnCount} columns, found {f.Length}. Is this an epraccur file?");
        var code = f[0].Trim();
        if (code.Length is < 3 or > 10 || !code.All(char.IsAsciiLetterOrDigit))
            throw new OdsFileFormatException(line, $"'{code}' is not an organisation code.");
        var name = f[1].Trim();
        if (name.Length == 0) throw new OdsFileFormatException(line, $"practice {code} has no name.");
        var status = f[12].Trim();
        if (status.Length != 1 || !StatusCodes.Contains(status[0]))
            throw new OdsFileFormatException(line, $"status code '{status}' is not A, C, D or P.");
        if (!int.TryParse(f[25].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var setting))
            throw new OdsFileFormatException(line, $"prescribing setting '{f[25]}' is not a number.");

        return new OdsPracticeRow(
            line, code.ToUpperInvariant(), name, f[3].Trim(),
            [.. f[4..9].Select(a => a.Trim()).Where(a => a.Length > 0)],
            f[9].Trim(),
            ParseDate(line, f[10], "open date") ?? throw new OdsFileFormatException(line, $"practice {code} has no open date."),
            ParseDate(line, f[11], "close date"),
            status[0], f[14].Trim().ToUpperInvariant(), f[17].Trim(), setting);
    }

    private static DateOnly? ParseDate(int line, string value, string what)
    {
        value = value.Trim();
        if (value.Length == 0) return null;
        return DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new OdsFileFormatException(line, $"{what} '{value}' is not a date in the form YYYYMMDD.");
    }
}
