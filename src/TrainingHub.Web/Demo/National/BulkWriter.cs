using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using TrainingHub.Web.Data;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Writes generated rows straight to the database, reading table, column and value conversion from the EF model,
/// so the same code loads SQLite, PostgreSQL and SQL Server. Rows carry their own ids (the generator numbers them) so
/// no id has to be read back; the servers' identities are moved on afterwards. The whole load is one transaction:
/// PostgreSQL gets binary COPY, SQL Server SqlBulkCopy (<see cref="SqlServerBulkCopy"/>), SQLite prepared multi-row
/// INSERTs whose parameters are reused from batch to batch.
/// </summary>
public sealed class BulkWriter(TrainingHubDbContext db)
{
    // Microsoft.Data.Sqlite binds every parameter by name on every execution, a linear search each: keep them few.
    private const int SqliteParametersPerCommand = 240;
    private readonly List<IEntityType> written = [];
    private IDbContextTransaction? load;

    /// <summary>
    /// Opens the one transaction of the load. On SQLite the file is not synced while loading (a crash mid-load
    /// leaves a database to throw away anyway) and the page cache is large; both are put back by <see cref="CompleteAsync"/>.
    /// </summary>
    public async Task BeginAsync(CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF; PRAGMA cache_size=-131072;", ct);
        load = await db.Database.BeginTransactionAsync(ct);
    }

    public async Task CompleteAsync(CancellationToken ct = default)
    {
        await MoveIdentitiesOnAsync(ct);
        await load!.CommitAsync(ct);
        await load.DisposeAsync();
        load = null;
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-2000;", ct);
        await db.Database.CloseConnectionAsync();
    }

    public async Task<int> InsertAsync<T>(IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        if (load is null) throw new InvalidOperationException("BeginAsync starts the load before rows are written.");
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = ColumnsOf(entity, table);
        written.Add(entity);
        return db.Database.GetDbConnection() switch
        {
            NpgsqlConnection npgsql => await CopyAsync(npgsql, table, columns, rows, ct),
            SqlConnection sql => await SqlServerBulkCopy.WriteAsync(
                SqlServerBulkCopy.Create(sql, (SqlTransaction)load.GetDbTransaction(), Delimit(table.Name, table.Schema), columns), columns, rows, ct),
            var connection => InsertPrepared(connection, load.GetDbTransaction(), table, columns, rows),
        };
    }

    /// <summary>The columns a load writes: every mapped column but the ones the database works out itself.</summary>
    public static List<Column> ColumnsOf(IEntityType entity, StoreObjectIdentifier table) =>
        entity.GetProperties().Where(p => !p.IsShadowProperty() && p.GetColumnName(table) is not null && p.GetComputedColumnSql(table) is null)
            .Select(p => new Column(p, p.GetRelationalTypeMapping(), p.GetColumnName(table)!)).ToList();

    private async Task<int> CopyAsync<T>(NpgsqlConnection connection, StoreObjectIdentifier table, List<Column> columns, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var copy = $"COPY {Delimit(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Delimit(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        await using var importer = await connection.BeginBinaryImportAsync(copy, ct);
        var total = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in columns)
            {
                // PostgreSQL's timestamptz takes UTC offsets only; the instant is the same.
                var value = column.ValueOf(row);
                if (value is DateTimeOffset at) value = at.ToUniversalTime();
                if (value is null) await importer.WriteNullAsync(ct);
                else await importer.WriteAsync(value, ct);
            }
            total++;
        }
        await importer.CompleteAsync(ct);
        return total;
    }

    private int InsertPrepared<T>(DbConnection connection, DbTransaction transaction, StoreObjectIdentifier table, List<Column> columns, IEnumerable<T> rows) where T : class
    {
        var rowsPerCommand = Math.Max(1, SqliteParametersPerCommand / columns.Count);
        var head = $"INSERT INTO {Delimit(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => Delimit(c.Name)))}) VALUES ";
        // One prepared command for full batches and one for the last, shorter batch.
        var commands = new Dictionary<int, DbCommand>();
        var total = 0;
        try
        {
            foreach (var batch in rows.Chunk(rowsPerCommand))
            {
                if (!commands.TryGetValue(batch.Length, out var command))
                    commands[batch.Length] = command = Prepare(connection, transaction, head, columns, batch.Length);
                for (var r = 0; r < batch.Length; r++)
                    for (var c = 0; c < columns.Count; c++)
                        command.Parameters[r * columns.Count + c].Value = columns[c].ValueOf(batch[r]) ?? DBNull.Value;
                command.ExecuteNonQuery();
                total += batch.Length;
            }
        }
        finally
        {
            foreach (var command in commands.Values) command.Dispose();
        }
        return total;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string head, List<Column> columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r =>
        {
            var names = columns.Select((column, c) =>
            {
                var name = $"@p{r}_{c}";
                command.Parameters.Add(column.Mapping.CreateParameter(command, name, null, column.Property.IsNullable));
                return name;
            });
            return "(" + string.Join(", ", names) + ")";
        });
        command.CommandText = head + string.Join(", ", values.ToList());
        command.Prepare();
        return command;
    }

    /// <summary>Server identity columns may not notice ids written explicitly; later inserts must start above them.</summary>
    private async Task MoveIdentitiesOnAsync(CancellationToken ct)
    {
        if (db.Database.IsSqlite()) return;
        foreach (var entity in written.Distinct())
        {
            var key = entity.FindPrimaryKey()!.Properties;
            if (key.Count != 1 || key[0].ValueGenerated == ValueGenerated.Never || key[0].ClrType == typeof(string)) continue;
            var table = entity.GetTableName()!;
            var column = key[0].GetColumnName();
            // Names from the EF model, never from input.
            var moveOn = db.Database.IsSqlServer()
                ? SqlServerDialect.MoveIdentityOn(Delimit(table, entity.GetSchema()))
                : $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), GREATEST(1, (SELECT COALESCE(MAX(\"{column}\"), 0) FROM \"{table}\")))";
            await db.Database.ExecuteSqlRawAsync(moveOn, ct);
        }
    }

    private string Delimit(string name, string? schema = null) => db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name, schema);

    /// <summary>A column with the value EF would send for it: the property read and its value converter applied.</summary>
    public sealed record Column(IProperty Property, RelationalTypeMapping Mapping, string Name)
    {
        private readonly IClrPropertyGetter getter = Property.GetGetter();

        public object? ValueOf(object row)
        {
            var value = getter.GetClrValueUsingContainingEntity(row);
            return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
        }
    }
}
