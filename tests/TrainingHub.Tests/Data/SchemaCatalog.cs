using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace TrainingHub.Tests.Data;

/// <summary>
/// Reads a database's schema from the engine's own catalog (not from EF) as sorted lines, so two databases
/// can be compared: tables, columns with type and nullability, primary and foreign keys, indexes.
/// The migrations history and lock are not part of the portal's model (Hangfire's tables sit in a schema of their own).
/// </summary>
public static class SchemaCatalog
{
    public static async Task<List<string>> ReadAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return db.Database.IsSqlite() ? await SqliteAsync(connection) : await PostgresAsync(connection);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection c)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(c, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__migrations', '__EFMigrationsLock')");
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.Add($"table {table}");
            foreach (var col in await QueryAsync(c, $"PRAGMA table_info('{table}')"))
                lines.Add($"column {table}.{col[1]} {col[2]} notnull={col[3]} pk={col[5]}");
            foreach (var fk in await QueryAsync(c, $"PRAGMA foreign_key_list('{table}')"))
                lines.Add($"fk {table}.{fk[3]} -> {fk[2]}.{fk[4]} on delete {fk[6]}");
            foreach (var index in await QueryAsync(c, $"PRAGMA index_list('{table}')"))
            {
                var columns = (await QueryAsync(c, $"PRAGMA index_info('{index[1]}')")).Select(i => i[2]);
                lines.Add($"index {table}.{index[1]} unique={index[2]} origin={index[3]} ({string.Join(",", columns)})");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection c)
    {
        const string notPortal = "NOT ILIKE 'qrtz_%' AND {0} <> '__migrations'";
        var lines = new List<string>();
        foreach (var col in await QueryAsync(c, $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text,''), is_nullable, coalesce(column_default,''), is_identity
            FROM information_schema.columns WHERE table_schema='public' AND table_name {string.Format(notPortal, "table_name")}
            """))
            lines.Add($"column {col[0]}.{col[1]} {col[2]}({col[3]}) nullable={col[4]} default={col[5]} identity={col[6]}");
        foreach (var con in await QueryAsync(c, $"""
            SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE connamespace='public'::regnamespace AND conrelid::regclass::text {string.Format(notPortal, "conrelid::regclass::text")}
            """))
            lines.Add($"constraint {con[0]}.{con[1]} {con[2]} {con[3]}");
        foreach (var index in await QueryAsync(c, $"""
            SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname='public' AND tablename {string.Format(notPortal, "tablename")}
            """))
            lines.Add($"index {index[0]}.{index[1]} {index[2]}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection c, string sql)
    {
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i))!;
            rows.Add(row);
        }
        return rows;
    }
}
