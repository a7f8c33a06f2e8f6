using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.Practices;

public sealed class OdsPracticeFileTests
{
    private static OdsPracticeFileContents Read(params string[] lines) => OdsPracticeFile.Read(new StringReader(OdsRows.File(lines)));

    [Fact]
    public void A_well_formed_line_becomes_a_practice_row()
    {
        var row = Assert.Single(Read(OdsRows.Line("K84032", "BARTLEMAS SURGERY", postcode: "OX4 1XD")).Rows);

        Assert.Equal("K84032", row.OdsCode);
        Assert.Equal("BARTLEMAS SURGERY", row.Name);
        Assert.Equal("OX4 1XD", row.Postcode);
        Assert.Equal(new DateOnly(1974, 4, 1), row.OpenedOn);
        Assert.Null(row.ClosedOn);
        Assert.Equal(PracticeStatus.Active, row.Status);
        Assert.True(row.IsGpPractice);
        Assert.Equal(["1 HIGH STREET", "OXFORD", "OXFORDSHIRE"], row.AddressLines);
    }

    [Fact]
    public void A_file_with_status_letters_is_read_as_a_file_from_before_2024()
    {
        Assert.Same(OdsFileFormat.StatusLetters, Read(OdsRows.Line("K84001")).Format);
    }

    [Fact]
    public void A_file_with_status_words_and_role_codes_is_read_as_a_file_from_since_2024()
    {
        var file = Read(OdsRows.TodayLine("K84001"), OdsRows.TodayLine("K84002", role: "RO177"));

        Assert.Same(OdsFileFormat.StatusWords, file.Format);
        Assert.Equal("status words and role codes (files since 2024)", file.Format.Description);
        Assert.Equal([true, false], file.Rows.Select(r => r.IsGpPractice));
    }

    [Theory]
    [InlineData("A", "ACTIVE", PracticeStatus.Active)]
    [InlineData("C", "INACTIVE", PracticeStatus.Closed)]
    [InlineData("D", "DORMANT", PracticeStatus.Dormant)]
    [InlineData("P", "PROPOSED", PracticeStatus.Proposed)]
    public void Status_letters_and_words_map_to_the_same_register_statuses(string letter, string word, PracticeStatus expected)
    {
        Assert.Equal(expected, Assert.Single(Read(OdsRows.Line("K84001", status: letter)).Rows).Status);
        Assert.Equal(expected, Assert.Single(Read(OdsRows.TodayLine("K84001", status: word)).Rows).Status);
    }

    [Fact]
    public void A_file_in_neither_shape_is_refused_naming_what_was_expected_and_what_was_found()
    {
        var error = Assert.Throws<OdsFileFormatException>(() => Read(OdsRows.Line("K84001", status: "OPEN")));

        Assert.Equal("Line 1: expected a status of A, C, D or P (status letters and prescribing settings (files before 2024)) or " +
            "ACTIVE, INACTIVE, DORMANT or PROPOSED (status words and role codes (files since 2024)); found 'OPEN'. Is this an epraccur file?",
            error.Message);
    }

    [Fact]
    public void A_row_in_the_other_shape_than_the_first_rejects_the_file_naming_the_line()
    {
        var error = Assert.Throws<OdsFileFormatException>(() => Read(OdsRows.Line("K84001"), OdsRows.TodayLine("K84002")));

        Assert.Equal(2, error.LineNumber);
        Assert.Equal("Line 2: status 'ACTIVE' is not A, C, D or P, as the file's first row is in status letters and prescribing settings (files before 2024).", error.Message);
    }

    [Fact]
    public void A_role_code_in_a_file_with_status_letters_is_refused_as_not_a_prescribing_setting()
    {
        var error = Assert.Throws<OdsFileFormatException>(() => Read(OdsRows.Line("K84001", setting: "RO76")));

        Assert.Contains("prescribing setting 'RO76' is not a number", error.Message);
    }

    [Fact]
    public void A_setting_number_in_a_file_with_status_words_is_refused_as_not_a_role_code()
    {
        var error = Assert.Throws<OdsFileFormatException>(() => Read(OdsRows.TodayLine("K84001", role: "4")));

        Assert.Contains("role code '4' is not a role code such as RO76", error.Message);
    }

    [Fact]
    public void A_line_with_the_wrong_number_of_columns_rejects_the_file_naming_the_line()
    {
        var error = Assert.Throws<OdsFileFormatException>(() => Read(OdsRows.Line("K84001"), OdsRows.Line("K84002"), "\"K84003\",\"SHORT ROW\""));

        Assert.Equal(3, error.LineNumber);
        Assert.Contains("Line 3", error.Message);
    }

    [Theory]
    [InlineData("opened", "1974-04-01", "open date")]
    [InlineData("setting", "GP", "prescribing setting")]
    [InlineData("opened", "", "no open date")]
    public void A_bad_field_rejects_the_file_with_a_reason(string field, string value, string expected)
    {
        var line = field switch
        {
            "opened" => OdsRows.Line("K84001", opened: value),
            _ => OdsRows.Line("K84001", setting: value),
        };

        var error = Assert.Throws<OdsFileFormatException>(() => Read(line));
        Assert.Contains(expected, error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        Assert.Throws<OdsFileFormatException>(() => OdsPracticeFile.Read(new StringReader("")));
    }
}
