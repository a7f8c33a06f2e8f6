namespace TrainingHub.Web.Data.Entities.Audit;

public enum AuditKind { Added = 0, Changed = 1, Removed = 2, SignedIn = 3, SignInFailed = 4, Read = 5, Erased = 6 }

/// <summary>
/// One thing done in the portal: who, when, from which address, to what, and the values before and after (JSON,
/// only the columns that changed). Append-only: the portal adds rows and never changes or deletes them.
/// </summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>Null when the portal itself acted (a background job) or nobody was signed in (a failed sign-in).</summary>
    public int? ActorPersonId { get; set; }
    public AuditKind Kind { get; set; }
    /// <summary>What kind of record, in the programme's words ("Booking", "Practice", "Sign-in").</summary>
    public required string EntityKind { get; set; }
    public string? EntityId { get; set; }
    public string? Before { get; set; }
    public string? After { get; set; }
    public string? Address { get; set; }
}
