using System.Globalization;

namespace TrainingHub.Web.Domain.Practices;

/// <summary>ODS publishes names and addresses in capitals; people read them in title case.</summary>
public static class PracticeNames
{
    private static readonly TextInfo English = CultureInfo.GetCultureInfo("en-GB").TextInfo;

    public static string Display(string? text) =>
        string.IsNullOrEmpty(text) || text.Any(char.IsLower) ? text ?? "" : English.ToTitleCase(text.ToLowerInvariant());
}
