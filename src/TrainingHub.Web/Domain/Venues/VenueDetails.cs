namespace TrainingHub.Web.Domain.Venues;

/// <summary>A problem with what was typed for a venue, and the detail it belongs to (a <see cref="VenueDetails"/> property).</summary>
public sealed record VenueProblem(string Field, string Message);

/// <summary>
/// What the directory holds about a venue, as typed. <see cref="Check"/> tidies it (trimmed, empty as none, the
/// postcode in capitals) and says what is wrong with it, field by field in the order of the form.
/// </summary>
public sealed record VenueDetails(
    string? Name, string? AddressLine1, string? AddressLine2, string? Town, string? Postcode, string? AccessibilityNotes, int? Capacity)
{
    public const int NameLength = 200;
    public const int AddressLineLength = 200;
    public const int TownLength = 100;
    public const int PostcodeLength = 8;
    public const int AccessibilityNotesLength = 1000;
    /// <summary>More than any room the programme trains in; a bigger number is a typing slip.</summary>
    public const int MostCapacity = 2000;

    public (VenueDetails Tidy, IReadOnlyList<VenueProblem> Problems) Check()
    {
        var tidy = new VenueDetails(Tidy(Name), Tidy(AddressLine1), Tidy(AddressLine2), Tidy(Town),
            UkPostcode.Normalise(Postcode) ?? Tidy(Postcode), Tidy(AccessibilityNotes), Capacity);
        var problems = new List<VenueProblem>();
        void Text(string field, string? value, int length, string what, bool required)
        {
            if (value is null) { if (required) problems.Add(new(field, $"Enter the {what}")); }
            else if (value.Length > length) problems.Add(new(field, $"{Capitalised(what)} must be {length} characters or fewer"));
        }
        Text(nameof(Name), tidy.Name, NameLength, "venue's name", required: true);
        Text(nameof(AddressLine1), tidy.AddressLine1, AddressLineLength, "first line of the address", required: true);
        Text(nameof(AddressLine2), tidy.AddressLine2, AddressLineLength, "second line of the address", required: false);
        Text(nameof(Town), tidy.Town, TownLength, "town or city", required: true);
        if (tidy.Postcode is null) problems.Add(new(nameof(Postcode), "Enter the postcode"));
        else if (UkPostcode.Normalise(tidy.Postcode) is null) problems.Add(new(nameof(Postcode), UkPostcode.NotAPostcode));
        Text(nameof(AccessibilityNotes), tidy.AccessibilityNotes, AccessibilityNotesLength, "accessibility notes", required: false);
        if (Capacity is null) problems.Add(new(nameof(Capacity), "Enter how many people the venue holds"));
        else if (Capacity is < 1 or > MostCapacity) problems.Add(new(nameof(Capacity), $"The number of people the venue holds must be between 1 and {MostCapacity}"));
        return (tidy, problems);
    }

    /// <summary>The address on one line, as an event shows it.</summary>
    public string Address => string.Join(", ", new[] { AddressLine1, AddressLine2, Town, Postcode }.Where(s => !string.IsNullOrWhiteSpace(s)));

    private static string? Tidy(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capitalised(string what) => char.ToUpperInvariant(what[0]) + what[1..];
}
