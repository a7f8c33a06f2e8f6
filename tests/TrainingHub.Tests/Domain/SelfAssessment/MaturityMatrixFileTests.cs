using TrainingHub.Web.Domain.SelfAssessment;

namespace TrainingHub.Tests.Domain.SelfAssessment;

public sealed class MaturityMatrixFileTests
{
    private const string Levels = """
        ## Levels

        1. Emerging: Patchy.
        2. Developing: Under discussion.
        3. Maturing: In active development.
        4. Embedded: Fully embedded.
        """;

    private const string Criteria = """
        ## Criteria

        1. People are central.
        """;

    private static string File(string foundations) =>
        "# Matrix\n\nAn *introduction*.\n\n" + Levels + "\n\n" + Criteria + "\n\n" + foundations;

    private const string OneFoundation = """
        ## Foundation trained-teams: Trained teams

        ### What this means for people

        - I felt listened to.

        ### Enablers

        - a. There is a clear workforce strategy.
        - d. There is a network of coaches.
        """;

    private static MaturityMatrixFormatException Rejects(string text) =>
        Assert.Throws<MaturityMatrixFormatException>(() => MaturityMatrixFile.Parse(text));

    [Fact]
    public void The_shipped_content_file_holds_the_three_foundations_and_their_enablers_as_the_framework_lists_them()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "content", "framework", "pcsp-maturity-matrix.md");
        var matrix = MaturityMatrixFile.Parse(System.IO.File.ReadAllText(path));

        Assert.Equal(["prepared-people", "supportive-systems", "trained-teams"], matrix.Foundations.Select(f => f.Id));
        Assert.Equal(["a", "b", "c"], matrix.Foundations[0].Enablers.Select(e => e.Id));
        Assert.Equal(["a", "b", "c", "e", "f", "g", "h"], matrix.Foundations[1].Enablers.Select(e => e.Id));
        Assert.Equal(["a", "b", "c", "d"], matrix.Foundations[2].Enablers.Select(e => e.Id));
        Assert.Equal(["Emerging", "Developing", "Maturing", "Embedded"], matrix.Levels.Select(l => l.Name));
        Assert.Equal(5, matrix.Criteria.Count);
        Assert.Equal("There is a simple process for agreeing plans, where this is required.", matrix.FindEnabler("supportive-systems/c")!.Text);
        Assert.All(matrix.Foundations, f => Assert.Equal(2, f.Statements.Count));
    }

    [Fact]
    public void Foundations_enablers_statements_and_introduction_are_read_in_order()
    {
        var matrix = MaturityMatrixFile.Parse(File(OneFoundation));

        Assert.Equal("Matrix", matrix.Title);
        Assert.Equal("An *introduction*.", matrix.Introduction);
        var foundation = Assert.Single(matrix.Foundations);
        Assert.Equal("Trained teams", foundation.Title);
        Assert.Equal(["trained-teams/a", "trained-teams/d"], foundation.Enablers.Select(e => e.Key));
        Assert.Equal("I felt listened to.", Assert.Single(Assert.Single(foundation.Statements).Statements));
        Assert.Equal("1 Emerging", matrix.Levels[0].Label);
    }

    [Fact]
    public void An_enabler_without_its_own_level_wording_uses_the_general_level_description()
    {
        var matrix = MaturityMatrixFile.Parse(File(OneFoundation));
        Assert.Equal("In active development.", matrix.LevelText(matrix.FindEnabler("trained-teams/a")!, 3));
    }

    [Fact]
    public void An_enabler_may_give_its_own_wording_for_a_level_and_long_lines_may_continue_indented()
    {
        var matrix = MaturityMatrixFile.Parse(File("""
            ## Foundation trained-teams: Trained teams

            ### Enablers

            - a. There is a clear workforce strategy
              based on the right values.
              - 4: Every team has trained
                coaches.
            """));
        var enabler = matrix.FindEnabler("trained-teams/a")!;
        Assert.Equal("There is a clear workforce strategy based on the right values.", enabler.Text);
        Assert.Equal("Every team has trained coaches.", matrix.LevelText(enabler, 4));
        Assert.Equal("Patchy.", matrix.LevelText(enabler, 1));
    }

    [Fact]
    public void Comments_are_ignored() =>
        Assert.Single(MaturityMatrixFile.Parse("<!-- how to edit\n## Not a heading\n-->\n" + File(OneFoundation)).Foundations);

    [Fact]
    public void A_malformed_enabler_line_is_rejected_naming_its_line()
    {
        var text = File(OneFoundation).Replace("- d. There is a network", "- D There is a network");
        var lineOfMistake = text.Split('\n').ToList().FindIndex(l => l.StartsWith("- D ")) + 1;

        var error = Rejects(text);

        Assert.Equal(lineOfMistake, error.LineNumber);
        Assert.StartsWith($"Line {lineOfMistake}: an enabler must look like '- a. text'", error.Message);
        Assert.Contains("'- D There is a network of coaches.'", error.Message);
    }

    [Fact]
    public void The_same_enabler_letter_twice_in_a_foundation_is_rejected() =>
        Assert.Contains("enabler 'a' appears twice", Rejects(File(OneFoundation + "\n- a. Again.")).Message);

    [Fact]
    public void The_same_foundation_twice_is_rejected() =>
        Assert.Contains("foundation 'trained-teams' appears twice", Rejects(File(OneFoundation + "\n" + OneFoundation)).Message);

    [Fact]
    public void Levels_out_of_order_are_rejected()
    {
        var error = Rejects(File(OneFoundation).Replace("2. Developing", "3. Developing"));
        Assert.Equal(8, error.LineNumber);
        Assert.Contains("expected 2, found 3", error.Message);
    }

    [Fact]
    public void Fewer_than_four_levels_are_rejected() =>
        Assert.Contains("must list 4 levels; found 3", Rejects(File(OneFoundation).Replace("4. Embedded: Fully embedded.", "")).Message);

    [Fact]
    public void A_foundation_without_enablers_is_rejected() =>
        Assert.Contains("foundation 'empty' has no enablers",
            Rejects(File(OneFoundation + "\n## Foundation empty: Empty\n### Enablers\n")).Message);

    [Fact]
    public void An_unknown_section_is_rejected_naming_the_sections_the_format_has()
    {
        var error = Rejects(File(OneFoundation + "\n## Foundations\n"));
        Assert.Contains("'## Foundations' is not a section of the format", error.Message);
    }

    [Fact]
    public void A_foundation_id_must_be_lower_case_letters_digits_and_hyphens() =>
        Assert.Contains("is not a section of the format", Rejects(File(OneFoundation.Replace("trained-teams:", "Trained Teams:"))).Message);

    [Fact]
    public void Text_before_the_title_is_rejected() =>
        Assert.Equal(1, Rejects("Some words\n" + File(OneFoundation)).LineNumber);

    [Fact]
    public void An_unclosed_comment_is_rejected() =>
        Assert.Contains("never closed", Rejects(File(OneFoundation) + "\n<!-- forgot to close").Message);

    [Fact]
    public void An_empty_file_is_rejected() =>
        Assert.Contains("the file is empty", Rejects("").Message);
}
