using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Pages.YourData;

/// <summary>
/// Every text column of every table the model maps, found by walking it, so a column added later is covered without
/// anyone remembering to list it. Erasure uses it to take a person's full name and email out of any text that quotes
/// them (a note, a message, a reason); the audit log is left out, as it keeps no such text and is never edited.
/// </summary>
public static class EveryTextColumn
{
    public sealed record Column(string Table, string? Schema, string Name);

    public static IReadOnlyList<Column> In(IModel model, params string[] exceptTables) =>
        model.GetEntityTypes()
            .Where(t => t.GetTableName() is { } table && !exceptTables.Contains(table))
            .SelectMany(t => t.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.GetComputedColumnSql() is null)
                .Select(p => new Column(t.GetTableName()!, t.GetSchema(), p.GetColumnName(StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema()))!)))
            .Distinct().ToList();

    /// <summary>Replaces each value wherever a column contains it (case as stored: emails are stored lower-case).</summary>
    public static async Task<int> ReplaceAsync(TrainingHubDbContext db, IEnumerable<Column> columns, IReadOnlyList<string> values, string with,
        CancellationToken ct)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var changed = 0;
        foreach (var column in columns)
        {
            var table = sql.DelimitIdentifier(column.Table, column.Schema);
            var name = sql.DelimitIdentifier(column.Name);
            foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
            {
#pragma warning disable EF1002 // Identifiers come from the model, never from input; the values are parameters.
                changed += await db.Database.ExecuteSqlRawAsync(
                    $"UPDATE {table} SET {name} = REPLACE({name}, {{0}}, {{1}}) WHERE {name} LIKE {{2}}", [value, with, "%" + value + "%"], ct);
#pragma warning restore EF1002
            }
        }
        return changed;
    }
}
