using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.Practices;

public sealed class OdsPracticeFileTests
{
    [Fact]
    public void A_well_formed_line_becomes_a_practice_row()
    {
        var rows = OdsPracticeFile.Read(new StringReader(OdsRows.File(OdsRows.Line("K84032", "BARTLEMAS SURGERY", postcode: "OX4 1XD"))));

        var row = Assert.Single(rows);
        Assert.Equal("K84032", row.OdsCode);
        Assert.Equal("BARTLEMAS SURGERY", row.Name);
        Assert.Equal("OX4 1XD", row.Postcode);
        Assert.Equal(new DateOnly(1974, 4, 1), row.OpenedOn);
        Assert.Null(row.ClosedOn);
        Assert.Equal('A', row.StatusCode);
        Assert.Equal(4, row.PrescribingSetting);
        Assert.Equal(["1 HIGH STREET", "OXFORD", "OXFORDSHIRE"], row.AddressLines);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_rejects_the_file_naming_the_line()
    {
        var file = OdsRows.File(OdsRows.Line("K84001"), OdsRows.Line("K84002"), "\"K84003\",\"SHORT ROW\"");

        var error = Assert.Throws<OdsFileFormatException>(() => OdsPracticeFile.Read(new StringReader(file)));
        Assert.Equal(3, error.LineNumber);
        Assert.Contains("Line 3", error.Message);
    }

    [Theory]
    [InlineData("status", "X", "status code")]
    [InlineData("opened", "1974-04-01", "open date")]
    [InlineData("setting", "GP", "prescribing setting")]
    [InlineData("opened", "", "no open date")]
    public void A_bad_field_rejects_the_file_with_a_reason(string field, string value, string expected)
    {
        var line = field switch
        {
            "status" => OdsRows.Line("K84001", status: value),
            "opened" => OdsRows.Line("K84001", opened: value),
            _ => OdsRows.Line("K84001", setting: value),
        };

        var error = Assert.Throws<OdsFileFormatException>(() => OdsPracticeFile.Read(new StringReader(OdsRows.File(line))));
        Assert.Contains(expected, error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        Assert.Throws<OdsFileFormatException>(() => OdsPracticeFile.Read(new StringReader("")));
    }
}
