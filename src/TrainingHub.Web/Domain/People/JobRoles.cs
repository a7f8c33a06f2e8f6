
namespace TrainingHub.Web.Domain.People;

/// <summary>The job roles people choose from, in the programme's words, and how a staff list's words map to them.</summary>
public static class JobRoles
{
    /// <summary>The roles offered on forms. Pharmacist stays for people already recorded as one, and a staff list may name it.</summary>
    public static readonly IReadOnlyList<ProfessionalRole> Offered =
    [
        ProfessionalRole.GeneralPractitioner, ProfessionalRole.PracticeNurse, ProfessionalRole.HealthcareAssistant,
        ProfessionalRole.PracticeManager, ProfessionalRole.OtherClinical, ProfessionalRole.Other,
    ];

    /// <summary>The roles to offer someone: the usual ones, plus the one they hold if it is not among them.</summary>
    public static IReadOnlyList<ProfessionalRole> OfferedTo(ProfessionalRole current) =>
        Offered.Contains(current) ? Offered : [.. Offered, current];

    private static readonly Dictionary<string, ProfessionalRole> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["gp"] = ProfessionalRole.GeneralPractitioner,
        ["general practitioner"] = ProfessionalRole.GeneralPractitioner,
        ["practice nurse"] = ProfessionalRole.PracticeNurse,
        ["nurse"] = ProfessionalRole.PracticeNurse,
        ["healthcare assistant"] = ProfessionalRole.HealthcareAssistant,
        ["health care assistant"] = ProfessionalRole.HealthcareAssistant,
        ["hca"] = ProfessionalRole.HealthcareAssistant,
        ["practice manager"] = ProfessionalRole.PracticeManager,
        ["pharmacist"] = ProfessionalRole.Pharmacist,
        ["other clinical"] = ProfessionalRole.OtherClinical,
        ["non-clinical"] = ProfessionalRole.Other,
        ["non clinical"] = ProfessionalRole.Other,
    };

    /// <summary>The role a staff list's word names, or null when it names none.</summary>
    public static ProfessionalRole? FromWords(string? words) =>
        words is not null && Words.TryGetValue(string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)), out var role) ? role : null;

    public const string WordsAccepted = "GP, practice nurse, healthcare assistant, practice manager, other clinical or non-clinical";
}
