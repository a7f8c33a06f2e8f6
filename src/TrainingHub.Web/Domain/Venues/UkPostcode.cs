using System.Text.RegularExpressions;

namespace TrainingHub.Web.Domain.Venues;

/// <summary>
/// The shape of a UK postcode: an outward code (one or two area letters, a district digit, then a digit or letter
/// or nothing) and an inward code (a digit and two letters), e.g. OX1 1BX, RG1 1QH, SW1A 1AA. The shape only: whether
/// Royal Mail delivers to it is not known here.
/// </summary>
public static partial class UkPostcode
{
    public const string NotAPostcode = "Enter a real postcode, like OX1 1BX";

    /// <summary>The postcode in capitals with one space before the inward code; null when it is not a postcode's shape.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var compact = string.Concat(typed.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return Shape().IsMatch(compact) ? $"{compact[..^3]} {compact[^3..]}" : null;
    }

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex Shape();
}
