using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Web.Data.Entities;

public class Practice
{
    public int Id { get; set; }
    public required string OdsCode { get; set; }
    public required string Name { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? AddressLine3 { get; set; }
    public string? AddressLine4 { get; set; }
    public string? AddressLine5 { get; set; }
    public string? Postcode { get; set; }
    /// <summary>
    /// The name in capitals and the postcode in capitals without spaces, worked out by the database whenever the row
    /// is written, so a register search compares stored text rather than rewriting every practice's name per search.
    /// </summary>
    public string SearchName { get; private set; } = "";
    public string? SearchPostcode { get; private set; }
    public string? Telephone { get; set; }
    public PracticeStatus Status { get; set; }
    public DateOnly? OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public required string CommissionerCode { get; set; }
    /// <summary>The ODS code of the integrated care board the practice is under, as files since 2024 give it (e.g. QU9).</summary>
    public string? IcbCode { get; set; }
    /// <summary>
    /// The day the lead recorded that the practice left the programme's area (its commissioner moved outside the
    /// programme, or the file stopped listing it). Its history stays; coverage stops counting it from this day.
    /// </summary>
    public DateOnly? LeftProgrammeOn { get; set; }
    public int PlaceId { get; set; }
    public Place? Place { get; set; }
    public int? PrimaryCareNetworkId { get; set; }
    public PrimaryCareNetwork? PrimaryCareNetwork { get; set; }
    public LongTermConditions ConditionsInScope { get; set; }
    public EnhancedServiceLevel EnhancedServiceLevel { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<Person> Staff { get; set; } = [];

    public string Address => FormatAddress(AddressLine1, AddressLine2, AddressLine3, AddressLine4, AddressLine5, Postcode);

    public static string FormatAddress(params string?[] parts) =>
        string.Join(", ", parts.Where(s => !string.IsNullOrWhiteSpace(s)));
}
