using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;


namespace TrainingHub.Web.Domain;

/// <summary>The programme's words for its codes, as people read them on a page or in an export.</summary>
public static class DisplayNames
{
    public static string Of(ProfessionalRole role) => role switch
    {
        ProfessionalRole.GeneralPractitioner => "GP",
        ProfessionalRole.PracticeNurse => "Practice nurse",
        ProfessionalRole.HealthcareAssistant => "Healthcare assistant",
        ProfessionalRole.Pharmacist => "Pharmacist",
        ProfessionalRole.PracticeManager => "Practice manager",
        ProfessionalRole.OtherClinical => "Other clinical",
        _ => "Non-clinical",
    };

    public static string Of(EnhancedServiceLevel level) => level switch
    {
        EnhancedServiceLevel.NotSignedUp => "Not signed up",
        _ => $"Level {(int)level}",
    };

    public static string Of(LongTermConditions conditions)
    {
        if (conditions == LongTermConditions.None) return "None recorded";
        var names = Enum.GetValues<LongTermConditions>().Where(c => c != LongTermConditions.None && conditions.HasFlag(c)).Select(c => c switch
        {
            LongTermConditions.Cardiovascular => "CVD",
            LongTermConditions.Musculoskeletal => "MSK",
            LongTermConditions.MultipleConditions => "Multiple long-term conditions",
            _ => c.ToString(),
        });
        return string.Join(", ", names);
    }
}
