using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Web.Data.Entities.Venues;

/// <summary>
/// A place the programme trains in, from the directory leads choose from when scheduling: its address, what people
/// need to know to get in and around it, and how many it holds. Made by <see cref="Add"/> and changed only by its own
/// methods, which check what was typed (<see cref="VenueDetails.Check"/>) and change nothing when refused. A retired
/// venue stays for the events already held there; it is no longer offered.
/// </summary>
public class Venue
{
    private Venue() { }

    /// <summary>A new venue from what a lead typed, or the problems with it (and no venue).</summary>
    public static (Venue? Venue, IReadOnlyList<VenueProblem> Problems) Add(VenueDetails typed, DateTimeOffset at)
    {
        var venue = new Venue { Name = "", AddressLine1 = "", Town = "", Postcode = "", CreatedAt = at };
        var problems = venue.Change(typed, at);
        return problems.Count == 0 ? (venue, problems) : (null, problems);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string AddressLine1 { get; private set; } = "";
    public string? AddressLine2 { get; private set; }
    public string Town { get; private set; } = "";
    /// <summary>In capitals, with one space before the inward code (OX1 1BX).</summary>
    public string Postcode { get; private set; } = "";
    public string? AccessibilityNotes { get; private set; }
    /// <summary>How many people the venue holds: no event there offers more places.</summary>
    public int Capacity { get; private set; }
    /// <summary>When a lead retired it; null while it is offered when scheduling.</summary>
    public DateTimeOffset? RetiredAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsRetired => RetiredAt is not null;

    public VenueDetails Details => new(Name, AddressLine1, AddressLine2, Town, Postcode, AccessibilityNotes, Capacity);

    /// <summary>Replaces the venue's details with what was typed, or returns the problems and changes nothing.</summary>
    public IReadOnlyList<VenueProblem> Change(VenueDetails typed, DateTimeOffset at)
    {
        var (tidy, problems) = typed.Check();
        if (problems.Count > 0) return problems;
        Name = tidy.Name!;
        AddressLine1 = tidy.AddressLine1!;
        AddressLine2 = tidy.AddressLine2;
        Town = tidy.Town!;
        Postcode = tidy.Postcode!;
        AccessibilityNotes = tidy.AccessibilityNotes;
        Capacity = tidy.Capacity!.Value;
        UpdatedAt = at;
        return problems;
    }

    /// <summary>No longer offered when scheduling; events already there keep it. Returns why not when already retired.</summary>
    public string? Retire(DateTimeOffset at)
    {
        if (IsRetired) return $"{Name} was already retired";
        RetiredAt = at;
        UpdatedAt = at;
        return null;
    }
}
