namespace TrainingHub.Web.Domain.Practices;

/// <summary>How far a practice has signed up to the local enhanced service that funds PCSP.</summary>
public enum EnhancedServiceLevel { NotSignedUp = 0, Level1 = 1, Level2 = 2, Level3 = 3 }
