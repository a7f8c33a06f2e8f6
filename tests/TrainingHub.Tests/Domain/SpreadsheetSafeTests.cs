using TrainingHub.Web.Domain;

namespace TrainingHub.Tests.Domain;

public sealed class SpreadsheetSafeTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A2)", "'@SUM(A1:A2)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_shown_as_text(string typed, string cell) =>
        Assert.Equal(cell, SpreadsheetSafe.Cell(typed));

    [Theory]
    [InlineData("Peer support offered in two PCNs")]
    [InlineData("Costs £1=2 units")]
    [InlineData(" =leading space is not read as a formula")]
    [InlineData("'already quoted")]
    public void Ordinary_text_is_unchanged(string typed) => Assert.Equal(typed, SpreadsheetSafe.Cell(typed));

    [Fact]
    public void Nothing_becomes_an_empty_cell()
    {
        Assert.Equal("", SpreadsheetSafe.Cell(null));
        Assert.Equal("", SpreadsheetSafe.Cell(""));
    }
}
