using System.Data;
using Microsoft.Data.SqlClient;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// The national dataset's load on SQL Server: SqlBulkCopy inside the load's one transaction, column by column as the
/// EF model maps them (<see cref="BulkWriter.ColumnsOf"/>), a batch of rows at a time.
/// </summary>
public static class SqlServerBulkCopy
{
    private const int RowsPerBatch = 10_000;

    /// <summary>
    /// KeepIdentity: the generator numbers the rows. KeepNulls: a null stays null, as the other loaders write it, rather
    /// than taking a column default. CheckConstraints: foreign keys stay trusted, so the optimiser may rely on them.
    /// TableLock: one lock per table for the load, which its transaction holds anyway.
    /// </summary>
    public const SqlBulkCopyOptions Options =
        SqlBulkCopyOptions.KeepIdentity | SqlBulkCopyOptions.KeepNulls | SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.TableLock;

    public static SqlBulkCopy Create(SqlConnection connection, SqlTransaction? transaction, string delimitedTable, IReadOnlyList<BulkWriter.Column> columns)
    {
        var copy = new SqlBulkCopy(connection, Options, transaction)
        {
            DestinationTableName = delimitedTable,
            BatchSize = RowsPerBatch,
            BulkCopyTimeout = 0,
        };
        foreach (var column in columns) copy.ColumnMappings.Add(column.Name, column.Name);
        return copy;
    }

    public static async Task<int> WriteAsync<T>(SqlBulkCopy copy, IReadOnlyList<BulkWriter.Column> columns, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        using (copy)
        {
            var total = 0;
            foreach (var batch in rows.Chunk(RowsPerBatch))
            {
                using var table = TableFor(columns);
                foreach (var row in batch)
                    table.Rows.Add(columns.Select(c => ValueFor(c.ValueOf(row))).ToArray());
                await copy.WriteToServerAsync(table, ct);
                total += batch.Length;
            }
            return total;
        }
    }

    /// <summary>A table shaped like the destination: each column named as mapped, typed as the value EF would send.</summary>
    public static DataTable TableFor(IReadOnlyList<BulkWriter.Column> columns)
    {
        var table = new DataTable();
        foreach (var column in columns)
            table.Columns.Add(column.Name, TypeFor(column.Mapping.Converter?.ProviderClrType ?? column.Mapping.ClrType));
        return table;
    }

    // SqlBulkCopy reads date and time columns from DateTime and TimeSpan.
    private static Type TypeFor(Type clrType) => (Nullable.GetUnderlyingType(clrType) ?? clrType) switch
    {
        var t when t == typeof(DateOnly) => typeof(DateTime),
        var t when t == typeof(TimeOnly) => typeof(TimeSpan),
        var t => t,
    };

    private static object ValueFor(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        TimeOnly t => t.ToTimeSpan(),
        _ => value,
    };
}
