using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>The export as one JSON file to download.</summary>
public static class PersonalDataFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static FileContentResult For(int personId, IReadOnlyList<PersonalDataExport.ExportedSection> sections, DateTimeOffset at) =>
        new(JsonSerializer.SerializeToUtf8Bytes(new { personId, producedAt = at, sections }, Options), "application/json")
        {
            FileDownloadName = $"traininghub-personal-data-{personId}.json",
        };
}
