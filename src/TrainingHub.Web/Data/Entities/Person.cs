using TrainingHub.Web.Domain.People;

namespace TrainingHub.Web.Data.Entities;

/// <summary>Anyone the programme knows: practice staff, trainers, facilitators, programme leads.</summary>
public class Person
{
    public int Id { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    /// <summary>Stored lower-case; unique across the portal.</summary>
    public required string WorkEmail { get; set; }
    public ProfessionalRole ProfessionalRole { get; set; }
    public int? PracticeId { get; set; }
    public Practice? Practice { get; set; }
    /// <summary>For people who do not work in a practice (a CCG, a trust, the programme office).</summary>
    public string? Organisation { get; set; }
    public bool IsActive { get; set; } = true;
    /// <summary>When a lead last switched the person off: the retention schedule counts a leaver's years from it.</summary>
    public DateTimeOffset? SwitchedOffAt { get; set; }
    /// <summary>When their identifying data was erased, on request or by the retention schedule; the row stays for the figures.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public string FullName => $"{GivenName} {FamilyName}";
}
