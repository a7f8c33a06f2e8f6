namespace TrainingHub.Web.Data.Entities.SignIn;

/// <summary>A role a programme lead gave a person, programme-wide (no place) or for one place.</summary>
public class RoleGrant
{
    public const string Everywhere = "all";

    public int Id { get; set; }
    public int PersonId { get; set; }
    public required string Role { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    /// <summary>"all" or the place id: unique per person and role, so the database refuses a double grant.</summary>
    public required string ScopeKey { get; set; }
    public DateTimeOffset GrantedAt { get; set; }
    public int GrantedByPersonId { get; set; }
    /// <summary>Granted by the organisation's directory (an Entra app role) at sign-in, not by a lead; the directory may take it away.</summary>
    public bool ByDirectory { get; set; }

    public static string ScopeKeyFor(int? placeId) => placeId?.ToString() ?? Everywhere;
}

public enum RoleChangeKind { Granted = 0, Revoked = 1 }

/// <summary>The record of every grant and revoke: who changed whose role, what, and when. Never edited.</summary>
public class RoleChange
{
    public long Id { get; set; }
    public int PersonId { get; set; }
    public required string Role { get; set; }
    public int? PlaceId { get; set; }
    public RoleChangeKind Kind { get; set; }
    public int ActorPersonId { get; set; }
    /// <summary>Made by the organisation's directory at the person's sign-in (ActorPersonId is then the person).</summary>
    public bool ByDirectory { get; set; }
    public DateTimeOffset At { get; set; }
}
