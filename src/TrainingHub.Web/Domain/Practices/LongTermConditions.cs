namespace TrainingHub.Web.Domain.Practices;

/// <summary>The long-term conditions a practice runs personalised care and support planning for.</summary>
[Flags]
public enum LongTermConditions
{
    None = 0,
    Diabetes = 1,
    Respiratory = 2,
    Cardiovascular = 4,
    Dementia = 8,
    Musculoskeletal = 16,
    Frailty = 32,
    MultipleConditions = 64,
}
