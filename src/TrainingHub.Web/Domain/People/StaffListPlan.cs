using System.Net.Mail;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Domain.People;

public enum StaffListAction { Create, Update, Unchanged, Rejected }

/// <summary>What happens to one line, and why.</summary>
public sealed record StaffListOutcome(
    int LineNumber, string Name, string Email, string OdsCode, StaffListAction Action, string Reason,
    int? PracticeId = null, ProfessionalRole? Role = null, int? PersonId = null)
{
    public string GivenName { get; init; } = "";
    public string FamilyName { get; init; } = "";
}

/// <summary>Someone already in the portal with an address the file names.</summary>
public sealed record KnownPerson(int Id, string GivenName, string FamilyName, int? PracticeId, ProfessionalRole Role);

/// <summary>
/// The staff list rules, with no database: every line must name a person (no formula-looking names), a valid work
/// email used once in the file and not by someone else in the portal, a practice in the register that people can
/// join, and a job role. A known person (same email and name) is moved to the practice and role the file gives.
/// </summary>
public static class StaffListPlan
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static IReadOnlyList<StaffListOutcome> Decide(
        IEnumerable<StaffListRow> rows, IReadOnlyDictionary<string, ChoosablePractice> practicesByOds,
        IReadOnlyDictionary<string, KnownPerson> peopleByEmail, DateOnly today)
    {
        var firstLineOf = new Dictionary<string, int>();
        return rows.Select(row => Decide(row, practicesByOds, peopleByEmail, today, firstLineOf)).ToList();
    }

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    private static StaffListOutcome Decide(StaffListRow row, IReadOnlyDictionary<string, ChoosablePractice> practices,
        IReadOnlyDictionary<string, KnownPerson> people, DateOnly today, Dictionary<string, int> firstLineOf)
    {
        var reasons = new List<string>();
        var (given, family, email, ods) = (row.GivenName.Trim(), row.FamilyName.Trim(), NormaliseEmail(row.Email), row.OdsCode.Trim().ToUpperInvariant());
        CheckName(given, "given name", reasons);
        CheckName(family, "family name", reasons);
        if (!IsEmail(email)) reasons.Add("Enter a work email address in the right format, like name@nhs.net");
        else if (!firstLineOf.TryAdd(email, row.LineNumber)) reasons.Add($"The same email address as line {firstLineOf[email]}");
        var practice = ods.Length == 0 ? null : practices.GetValueOrDefault(ods);
        if (ods.Length == 0) reasons.Add("Enter the practice's ODS code");
        else if (practice is null) reasons.Add($"No practice with ODS code {ods} in the register");
        else if (PracticeChoice.WhyNot(practice, today) is { } whyNot) reasons.Add(whyNot);
        var role = JobRoles.FromWords(row.JobRole);
        if (role is null) reasons.Add($"'{row.JobRole.Trim()}' is not a job role: use {JobRoles.WordsAccepted}");
        var known = people.GetValueOrDefault(email);
        if (known is not null && !SameName(known, given, family))
            reasons.Add($"This email address belongs to someone else in the portal ({known.GivenName} {known.FamilyName})");

        var outcome = new StaffListOutcome(row.LineNumber, $"{given} {family}".Trim(), email, ods, StaffListAction.Rejected, string.Join(". ", reasons),
            practice?.Id, role, known?.Id)
        { GivenName = given, FamilyName = family };
        if (reasons.Count > 0) return outcome;
        if (known is null) return outcome with { Action = StaffListAction.Create, Reason = "New: invited by email" };
        if (known.PracticeId == practice!.Id && known.Role == role) return outcome with { Action = StaffListAction.Unchanged, Reason = "Already recorded so" };
        var what = known.PracticeId == practice.Id ? "Job role changes" : known.Role == role ? "Moves practice" : "Moves practice and job role changes";
        return outcome with { Action = StaffListAction.Update, Reason = what };
    }

    private static void CheckName(string name, string which, List<string> reasons)
    {
        if (name.Length == 0) reasons.Add($"Enter their {which}");
        else if (FormulaStarts.Contains(name[0])) reasons.Add($"The {which} starts with '{name[0]}', which a spreadsheet would run as a formula");
        else if (name.Length > 100) reasons.Add($"The {which} must be 100 characters or fewer");
    }

    private static bool SameName(KnownPerson known, string given, string family) =>
        string.Equals(known.GivenName.Trim(), given, StringComparison.OrdinalIgnoreCase)
        && string.Equals(known.FamilyName.Trim(), family, StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(string email) =>
        email.Length is > 3 and <= 256 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Contains('.', StringComparison.Ordinal);
}
