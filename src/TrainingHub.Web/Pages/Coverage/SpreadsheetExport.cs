using System.Globalization;
using System.Text;
using CsvHelper;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using TrainingHub.Web.Domain;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>A table to export: a name (the sheet), column headings and rows of text or numbers.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headings, IReadOnlyList<IReadOnlyList<object?>> Rows);

/// <summary>
/// CSV and Excel files that cannot run anything when opened. CSV text goes through <see cref="SpreadsheetSafe.Cell"/>;
/// in .xlsx every piece of text is an inline string and numbers are numbers: the file holds no formulas at all.
/// </summary>
public static class SpreadsheetExport
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Csv(ExportTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var heading in table.Headings) csv.WriteField(SpreadsheetSafe.Cell(heading));
            csv.NextRecord();
            foreach (var row in table.Rows)
            {
                foreach (var value in row) csv.WriteField(value is string s ? SpreadsheetSafe.Cell(s) : Format(value));
                csv.NextRecord();
            }
        }
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray();
    }

    public static byte[] Xlsx(IEnumerable<ExportTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var table in tables)
            {
                var worksheet = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                worksheet.Worksheet = new Worksheet(data);
                data.Append(Row(table.Headings));
                foreach (var row in table.Rows) data.Append(Row(row));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = sheetId++, Name = table.Name });
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static Row Row(IEnumerable<object?> values) => new(values.Select(Cell));

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int or long or decimal or double => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Format(value)) },
        _ => new Cell
        {
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Format(value)) { Space = SpaceProcessingModeValues.Preserve }),
        },
    };

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "Yes" : "No",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
