namespace TrainingHub.Web.Domain.People;

/// <summary>A person's job in general practice, as the programme counts them (coverage counts GPs and nurses).</summary>
public enum ProfessionalRole
{
    GeneralPractitioner = 0,
    PracticeNurse = 1,
    HealthcareAssistant = 2,
    Pharmacist = 3,
    PracticeManager = 4,
    OtherClinical = 5,
    Other = 6,
}
