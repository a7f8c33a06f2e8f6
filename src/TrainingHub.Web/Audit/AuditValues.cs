using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace TrainingHub.Web.Audit;

/// <summary>A tracked row's values as the audit log writes them: JSON of column name to value, text the log does not keep masked.</summary>
public static class AuditValues
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(IReadOnlyDictionary<string, object?> values) => JsonSerializer.Serialize(values, Json);

    public static Dictionary<string, object?>? Read(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, object?>>(json);

    /// <summary>The columns a change touches: all of them for a row added or removed, only the modified ones otherwise.</summary>
    public static IEnumerable<PropertyEntry> Columns(EntityEntry entry) =>
        entry.Properties.Where(p => p.Metadata.GetComputedColumnSql() is null
            && (entry.State != EntityState.Modified || p.IsModified));

    public static string Of(IEnumerable<PropertyEntry> columns, AuditedRecords.Audited audited, bool original) =>
        Write(columns.ToDictionary(p => p.Metadata.Name, p => Kept(audited, p.Metadata.Name, original ? p.OriginalValue : p.CurrentValue)));

    public static object? Kept(AuditedRecords.Audited audited, string column, object? value) =>
        value is string && !audited.KeptText.Contains(column) ? AuditedRecords.TextNotKept : value;

    public static string Key(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
}
