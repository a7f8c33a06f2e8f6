using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.Practices;

public sealed class PracticeImportPlanTests
{
    private static readonly IReadOnlySet<string> Oxfordshire = new HashSet<string> { "10Q" };
    private static readonly Dictionary<string, RegisteredPractice> EmptyRegister = new();

    private static IReadOnlyList<OdsPracticeRow> Rows(params string[] lines) => OdsPracticeFile.Read(new StringReader(OdsRows.File(lines))).Rows;

    private static Dictionary<string, RegisteredPractice> RegisterOf(params string[] lines) =>
        Rows(lines).ToDictionary(r => r.OdsCode, PracticeImportPlan.ToRegistered);

    [Fact]
    public void A_new_active_gp_practice_in_a_chosen_commissioner_is_created()
    {
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001")), Oxfordshire, EmptyRegister));
        Assert.Equal(ImportAction.Create, outcome.Action);
    }

    [Fact]
    public void Rows_for_other_commissioners_are_left_out_of_the_report()
    {
        Assert.Empty(PracticeImportPlan.Decide(Rows(OdsRows.Line("A81001", commissioner: "00K")), Oxfordshire, EmptyRegister));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("9")]
    [InlineData("12")]
    public void Only_prescribing_setting_4_counts_as_a_gp_practice(string setting)
    {
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001", setting: setting)), Oxfordshire, EmptyRegister));
        Assert.Equal(ImportAction.Skip, outcome.Action);
        Assert.Contains($"prescribing setting {setting}", outcome.Reason);
    }

    [Fact]
    public void A_row_equal_to_the_register_changes_nothing()
    {
        var line = OdsRows.Line("K84001");
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(line), Oxfordshire, RegisterOf(line)));
        Assert.Equal(ImportAction.Unchanged, outcome.Action);
    }

    [Fact]
    public void A_practice_the_file_closes_is_marked_closed()
    {
        var register = RegisterOf(OdsRows.Line("K84001"));
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001", status: "C", closed: "20200331")), Oxfordshire, register));
        Assert.Equal(ImportAction.Close, outcome.Action);
        Assert.Contains("31 Mar 2020", outcome.Reason);
    }

    [Fact]
    public void A_closed_practice_never_in_the_register_is_not_added()
    {
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001", status: "C", closed: "20200331")), Oxfordshire, EmptyRegister));
        Assert.Equal(ImportAction.Skip, outcome.Action);
    }

    [Fact]
    public void A_changed_name_and_address_is_an_update_that_says_what_changed()
    {
        var register = RegisterOf(OdsRows.Line("K84001", name: "OLD NAME"));
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001", name: "NEW NAME", postcode: "OX2 2BB")), Oxfordshire, register));
        Assert.Equal(ImportAction.Update, outcome.Action);
        Assert.Equal("Changed: name, address.", outcome.Reason);
    }

    [Fact]
    public void A_repeated_ods_code_uses_the_first_row_and_skips_the_rest()
    {
        var outcomes = PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001"), OdsRows.Line("K84001", name: "DUPLICATE")), Oxfordshire, EmptyRegister);
        Assert.Equal([ImportAction.Create, ImportAction.Skip], outcomes.Select(o => o.Action));
    }

    [Theory]
    [InlineData("RO177")]
    [InlineData("RO80")]
    public void In_a_file_since_2024_only_role_code_RO76_counts_as_a_gp_practice(string role)
    {
        var outcomes = PracticeImportPlan.Decide(Rows(OdsRows.TodayLine("K84001"), OdsRows.TodayLine("K84002", role: role)), Oxfordshire, EmptyRegister);

        Assert.Equal([ImportAction.Create, ImportAction.Skip], outcomes.Select(o => o.Action));
        Assert.Equal($"Not a GP practice (role code {role}).", outcomes[1].Reason);
    }

    [Fact]
    public void The_same_practice_in_todays_shape_changes_only_the_icb_a_2019_file_did_not_give()
    {
        var register = RegisterOf(OdsRows.Line("K84001"));
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.TodayLine("K84001", icb: "QU9")), Oxfordshire, register));
        Assert.Equal(ImportAction.Update, outcome.Action);
        Assert.Equal("Changed: ICB none to QU9.", outcome.Reason);
    }

    [Fact]
    public void A_2019_file_never_clears_the_icb_a_newer_file_gave()
    {
        var register = RegisterOf(OdsRows.TodayLine("K84001"));
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.Line("K84001")), Oxfordshire, register));
        Assert.Equal(ImportAction.Unchanged, outcome.Action);
    }

    [Fact]
    public void A_practice_a_file_since_2024_marks_inactive_is_marked_closed()
    {
        var register = RegisterOf(OdsRows.Line("K84001"));
        var outcome = Assert.Single(PracticeImportPlan.Decide(Rows(OdsRows.TodayLine("K84001", status: "INACTIVE", closed: "20240331")), Oxfordshire, register));
        Assert.Equal(ImportAction.Close, outcome.Action);
        Assert.Equal("Closed on 31 Mar 2024.", outcome.Reason);
    }
}
