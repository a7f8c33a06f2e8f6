namespace TrainingHub.Web.Domain.Practices;

/// <summary>A practice's status in the NHS ODS file (A, D, P, C).</summary>
public enum PracticeStatus { Active = 0, Dormant = 1, Proposed = 2, Closed = 3 }
