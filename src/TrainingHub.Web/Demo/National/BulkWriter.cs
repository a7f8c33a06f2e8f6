using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Writes generated rows with multi-row INSERTs over the context's own connection, reading table, column and value
/// conversion from the EF model, so the same code loads SQLite and PostgreSQL. Rows carry their own ids (the
/// generator numbers them) so no id has to be read back; PostgreSQL's identity sequences are moved on afterwards.
/// Change tracking is never involved: a million rows go in as fast as the database accepts them.
/// </summary>
public sealed class BulkWriter(TrainingHubDbContext db)
{
    // Microsoft.Data.Sqlite binds parameters by name, a linear search per parameter: long statements cost n².
    private int MaxParameters => db.Database.IsSqlite() ? 999 : 30_000;
    private const int RowsPerTransaction = 50_000;
    private readonly List<IEntityType> written = [];

    public async Task<int> InsertAsync<T>(IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty() && p.GetColumnName(table) is not null).ToList();
        var rowsPerCommand = Math.Max(1, Math.Min(500, MaxParameters / columns.Count));
        var sql = db.GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ";
        written.Add(entity);

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var total = 0;
        DbTransaction? transaction = null;
        foreach (var batch in rows.Chunk(rowsPerCommand))
        {
            transaction ??= await connection.BeginTransactionAsync(ct);
            await using var command = Command(connection, transaction, head, columns, batch);
            await command.ExecuteNonQueryAsync(ct);
            total += batch.Length;
            if (total % RowsPerTransaction < rowsPerCommand)
            {
                await transaction.CommitAsync(ct);
                await transaction.DisposeAsync();
                transaction = null;
            }
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
            await transaction.DisposeAsync();
        }
        return total;
    }

    /// <summary>PostgreSQL identity columns do not notice ids written explicitly; later inserts must start above them.</summary>
    public async Task MoveIdentitiesOnAsync(CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return;
        foreach (var entity in written.Distinct())
        {
            var key = entity.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ValueGenerated == ValueGenerated.Never || key[0].ClrType == typeof(string)) continue;
            var table = entity.GetTableName()!;
            var column = key[0].GetColumnName();
            // Names from the EF model, never from input.
            var moveOn = $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(1, (SELECT COALESCE(MAX(\"{column}\"), 0) FROM \"{table}\")))";
            await db.Database.ExecuteSqlRawAsync(moveOn, ct);
        }
    }

    private static DbCommand Command<T>(DbConnection connection, DbTransaction transaction, string head, List<IProperty> columns, T[] batch)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder(head);
        for (var r = 0; r < batch.Length; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = $"@p{r}_{c}";
                if (c > 0) text.Append(", ");
                text.Append(name);
                var column = columns[c];
                var value = column.GetGetter().GetClrValueUsingContainingEntity(batch[r]!);
                command.Parameters.Add(column.GetRelationalTypeMapping().CreateParameter(command, name, value, column.IsNullable));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        return command;
    }
}
