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
    PracticeStatus Status,
    string CommissionerCode,
    string Telephone,
    string Setting,
    OdsFileFormat Format)
{
    /// <summary>Files since 2024 give the ICB in the high-level health geography column; older ones an NHS England area.</summary>
    public string? IcbCode => Format == OdsFileFormat.StatusWords && HighLevelHealthGeography.Length > 0 ? HighLevelHealthGeography.ToUpperInvariant() : null;

    public bool IsGpPractice => Setting == Format.GpPractice;
}

/// <summary>A whole epraccur file, in the one shape all its rows share.</summary>
public sealed record OdsPracticeFileContents(OdsFileFormat Format, IReadOnlyList<OdsPracticeRow> Rows);

public sealed class OdsFileFormatException(int lineNumber, string message)
    : Exception($"Line {lineNumber}: {message}")
{
    public int LineNumber { get; } = lineNumber;
}

/// <summary>
/// Reads an epraccur file whole, in the shape its first row shows (<see cref="OdsFileFormat"/>), or rejects it whole
/// at the first line that breaks that shape.
/// </summary>
public static class OdsPracticeFile
{
    private const int ColumnCount = 27;

    public static OdsPracticeFileContents Read(TextReader reader)
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
        OdsFileFormat? format = null;
        try
        {
            while (csv.Read())
            {
                var fields = csv.Record ?? [];
                if (fields.Length == 1 && string.IsNullOrWhiteSpace(fields[0])) continue;
                if (fields.Length == ColumnCount) format ??= OdsFileFormat.Recognise(csv.Row, fields[12].Trim());
                rows.Add(ParseRow(csv.Row, fields, format));
            }
        }
        catch (CsvHelperException ex) when (ex is not null)
        {
            throw new OdsFileFormatException(csv.Row, "the line is not valid CSV.");
        }
        if (rows.Count == 0 || format is null) throw new OdsFileFormatException(1, "the file has no practice rows.");
        return new OdsPracticeFileContents(format, rows);
    }

    private static OdsPracticeRow ParseRow(int line, string[] f, OdsFileFormat? format)
    {
        if (f.Length != ColumnCount)
            throw new OdsFileFormatException(line, $"expected {ColumnCount} columns, found {f.Length}. Is this an epraccur file?");
        var code = f[0].Trim();
        if (code.Length is < 3 or > 10 || !code.All(char.IsAsciiLetterOrDigit))
            throw new OdsFileFormatException(line, $"'{code}' is not an organisation code.");
        var name = f[1].Trim();
        if (name.Length == 0) throw new OdsFileFormatException(line, $"practice {code} has no name.");
        var status = format!.StatusOf(line, f[12].Trim());
        var setting = format.SettingOf(line, f[25].Trim());

        return new OdsPracticeRow(
            line, code.ToUpperInvariant(), name, f[3].Trim(),
            [.. f[4..9].Select(a => a.Trim()).Where(a => a.Length > 0)],
            f[9].Trim(),
            ParseDate(line, f[10], "open date") ?? throw new OdsFileFormatException(line, $"practice {code} has no open date."),
            ParseDate(line, f[11], "close date"),
            status, f[14].Trim().ToUpperInvariant(), f[17].Trim(), setting, format);
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
