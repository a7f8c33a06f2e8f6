using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Pages.Practices;

/// <summary>The register search by name, ODS code or postcode, shared by the register and every form that picks a practice.</summary>
public static partial class PracticeSearch
{
    public static IQueryable<Practice> Matching(IQueryable<Practice> query, string? q)
    {
        var term = q?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(term)) return query;
        var postcode = term.Replace(" ", "");
        // Only a term shaped like the start of a postcode is looked for in postcodes; as a constant, a name
        // search's SQL leaves the postcode test out rather than making it on every practice.
        var inPostcodes = PostcodeStart().IsMatch(postcode);
        return query.Where(p => p.OdsCode == term || p.SearchName.Contains(term)
            || (EF.Constant(inPostcodes) && p.SearchPostcode != null && p.SearchPostcode.StartsWith(postcode)));
    }

    /// <summary>An outward code's area and district, or the area alone: "OX", "OX4", "OX41XB".</summary>
    [GeneratedRegex("^[A-Z]{1,2}([0-9]|$)")]
    private static partial Regex PostcodeStart();
}
