namespace TrainingHub.Web.Domain;

/// <summary>
/// Makes text safe to put in a cell of a CSV file that someone will open in a spreadsheet. Text people typed
/// that starts with = + - @ (or a tab or carriage return, which some spreadsheets skip before reading a formula)
/// would otherwise run as a formula; a leading single quote makes the spreadsheet show it as plain text.
/// </summary>
public static class SpreadsheetSafe
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Cell(string? text) =>
        string.IsNullOrEmpty(text) || !FormulaStarts.Contains(text[0]) ? text ?? "" : "'" + text;
}
