using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Domain.People;

public sealed class StaffListPlanTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private const string Header = "Given name,Family name,Work email,Practice ODS code,Job role";

    private static readonly Dictionary<string, ChoosablePractice> Practices = new()
    {
        ["K84001"] = new(1, "K84001", "BARTLEMAS SURGERY", PracticeStatus.Active, null, null),
        ["K84002"] = new(2, "K84002", "CLOSED SURGERY", PracticeStatus.Closed, new DateOnly(2025, 3, 31), null),
        ["K84003"] = new(3, "K84003", "MOVED AWAY SURGERY", PracticeStatus.Active, null, new DateOnly(2026, 4, 1)),
    };

    private static IReadOnlyList<StaffListOutcome> Plan(string file, Dictionary<string, KnownPerson>? people = null)
    {
        var contents = StaffListFile.Read(new StringReader(file));
        Assert.Null(contents.Rejection);
        return StaffListPlan.Decide(contents.Rows, Practices, people ?? [], Today);
    }

    [Fact]
    public void A_new_person_at_an_open_practice_is_added_with_the_role_the_words_name()
    {
        var line = Assert.Single(Plan($"{Header}\nSiân,O'Neill,Sian.ONeill@NHS.example,k84001,Practice nurse"));

        Assert.Equal((StaffListAction.Create, 2, 1, ProfessionalRole.PracticeNurse), (line.Action, line.LineNumber, line.PracticeId!.Value, line.Role!.Value));
        Assert.Equal("sian.oneill@nhs.example", line.Email);
        Assert.Equal(("Siân", "O'Neill"), (line.GivenName, line.FamilyName));
    }

    [Fact]
    public void Columns_may_come_in_any_order_under_their_usual_other_names()
    {
        var line = Assert.Single(Plan("Role,Email,Surname,First name,ODS code\nGP,a.gp@nhs.example,Okafor,Ade,K84001"));

        Assert.Equal((StaffListAction.Create, "Ade Okafor", ProfessionalRole.GeneralPractitioner), (line.Action, line.Name, line.Role!.Value));
    }

    [Fact]
    public void A_missing_column_rejects_the_whole_file_and_names_the_column()
    {
        var contents = StaffListFile.Read(new StringReader("Given name,Family name,Practice ODS code,Job role\nAde,Okafor,K84001,GP"));

        Assert.Empty(contents.Rows);
        Assert.Equal("Line 1: the header has no work email column. The file needs given name, family name, work email, practice ODS code and job role", contents.Rejection);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "The given name starts with '=', which a spreadsheet would run as a formula")]
    [InlineData("+44", "The given name starts with '+', which a spreadsheet would run as a formula")]
    [InlineData("-1", "The given name starts with '-', which a spreadsheet would run as a formula")]
    [InlineData("@SUM(A1)", "The given name starts with '@', which a spreadsheet would run as a formula")]
    public void A_formula_looking_name_is_rejected_with_the_character_named(string given, string reason)
    {
        var line = Assert.Single(Plan($"{Header}\n\"{given.Replace("\"", "\"\"")}\",Okafor,ade@nhs.example,K84001,GP"));

        Assert.Equal((StaffListAction.Rejected, reason), (line.Action, line.Reason));
    }

    [Fact]
    public void Each_bad_line_is_named_with_its_reason_and_good_lines_stay_good()
    {
        var lines = Plan($"""
            {Header}
            Ade,Okafor,ade@nhs.example,K84001,GP
            Bea,Smith,ADE@nhs.example,K84001,GP
            Cal,Jones,cal@nhs.example,Z99999,GP
            Dee,Khan,dee@nhs.example,K84002,GP
            Eve,Lee,eve@nhs.example,K84003,GP
            Fay,Ng,fay@nhs.example,K84001,Surgeon
            Gus,Ray,not-an-email,K84001,GP
            """);

        Assert.Equal([2, 3, 4, 5, 6, 7, 8], lines.Select(l => l.LineNumber));
        Assert.Equal(StaffListAction.Create, lines[0].Action);
        Assert.All(lines.Skip(1), l => Assert.Equal(StaffListAction.Rejected, l.Action));
        Assert.Equal("The same email address as line 2", lines[1].Reason);
        Assert.Equal("No practice with ODS code Z99999 in the register", lines[2].Reason);
        Assert.Equal("Closed Surgery (K84002) is closed in the NHS register (closed 31 March 2025): choose the practice they work in now", lines[3].Reason);
        Assert.Equal("Moved Away Surgery (K84003) left the programme's area on 1 April 2026: its staff cannot join the programme through it", lines[4].Reason);
        Assert.Equal($"'Surgeon' is not a job role: use {JobRoles.WordsAccepted}", lines[5].Reason);
        Assert.Equal("Enter a work email address in the right format, like name@nhs.net", lines[6].Reason);
    }

    [Fact]
    public void A_known_person_is_moved_left_unchanged_or_refused_when_the_email_is_someone_elses()
    {
        var people = new Dictionary<string, KnownPerson>
        {
            ["ade@nhs.example"] = new(10, "Ade", "Okafor", 3, ProfessionalRole.GeneralPractitioner),
            ["bea@nhs.example"] = new(11, "Bea", "Smith", 1, ProfessionalRole.PracticeNurse),
            ["cal@nhs.example"] = new(12, "Callum", "Jones", 1, ProfessionalRole.PracticeNurse),
        };

        var lines = Plan($"{Header}\nade,OKAFOR,ade@nhs.example,K84001,GP\nBea,Smith,bea@nhs.example,K84001,Practice nurse\nCal,Jones,cal@nhs.example,K84001,GP", people);

        Assert.Equal((StaffListAction.Update, 10, "Moves practice"), (lines[0].Action, lines[0].PersonId!.Value, lines[0].Reason));
        Assert.Equal(StaffListAction.Unchanged, lines[1].Action);
        Assert.Equal((StaffListAction.Rejected, "This email address belongs to someone else in the portal (Callum Jones)"), (lines[2].Action, lines[2].Reason));
    }

    [Theory]
    [InlineData("GP", ProfessionalRole.GeneralPractitioner)]
    [InlineData("practice  NURSE", ProfessionalRole.PracticeNurse)]
    [InlineData("Healthcare assistant", ProfessionalRole.HealthcareAssistant)]
    [InlineData("Practice manager", ProfessionalRole.PracticeManager)]
    [InlineData("Other clinical", ProfessionalRole.OtherClinical)]
    [InlineData("Non-clinical", ProfessionalRole.Other)]
    [InlineData("Pharmacist", ProfessionalRole.Pharmacist)]
    public void Job_role_words_map_to_the_roles_the_portal_records(string words, ProfessionalRole role) =>
        Assert.Equal(role, JobRoles.FromWords(words));
}
