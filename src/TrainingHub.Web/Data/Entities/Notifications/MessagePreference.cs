namespace TrainingHub.Web.Data.Entities.Notifications;

/// <summary>A person's choice about mail. No row means the default: every message.</summary>
public class MessagePreference
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>Reminders and feedback chases stop; confirmations and cancellations still go.</summary>
    public bool OptedOutOfNonEssential { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
