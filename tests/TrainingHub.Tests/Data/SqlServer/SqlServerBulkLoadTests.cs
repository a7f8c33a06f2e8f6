using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TrainingHub.Web.Demo.National;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The national dataset's load on SQL Server, checked without a server: for every table the model maps, the bulk copy
/// the loader builds names the table and columns the migrations create, writes every column a row needs, and sends
/// each as a .NET type SqlBulkCopy converts to that column's SQL type.
/// </summary>
public sealed class SqlServerBulkLoadTests
{
    private static readonly Dictionary<string, Type[]> Accepts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Int"] = [typeof(int)],
        ["BigInt"] = [typeof(long)],
        ["SmallInt"] = [typeof(short)],
        ["TinyInt"] = [typeof(byte)],
        ["Bit"] = [typeof(bool)],
        ["NVarChar"] = [typeof(string)],
        ["VarChar"] = [typeof(string)],
        ["DateTimeOffset"] = [typeof(DateTimeOffset)],
        ["DateTime2"] = [typeof(DateTime)],
        ["Date"] = [typeof(DateTime)],
        ["Time"] = [typeof(TimeSpan)],
        ["Decimal"] = [typeof(decimal)],
        ["Float"] = [typeof(double)],
        ["Real"] = [typeof(float)],
        ["UniqueIdentifier"] = [typeof(Guid)],
        ["VarBinary"] = [typeof(byte[])],
    };

    [Fact]
    public void Every_tables_bulk_copy_maps_the_columns_the_migrations_create()
    {
        using var db = SqlServerModel.CreateContext();
        var sql = db.GetService<ISqlGenerationHelper>();
        var catalog = SqlServerModel.MigratedCatalog.Tables;
        var checkedTables = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var columns = BulkWriter.ColumnsOf(entity, table);
            using var copy = SqlServerBulkCopy.Create(new SqlConnection(), null, sql.DelimitIdentifier(table.Name, table.Schema), columns);
            using var rows = SqlServerBulkCopy.TableFor(columns);

            var destination = (NamedTableReference)((QuerySpecification)((SelectStatement)Assert.Single(TSql.Statements($"SELECT 1 FROM {copy.DestinationTableName}"))).QueryExpression)
                .FromClause.TableReferences[0];
            var scripted = catalog[TSql.Name(destination.SchemaObject)].Columns;
            var mapped = copy.ColumnMappings.Cast<SqlBulkCopyColumnMapping>().ToList();
            Assert.All(mapped, m => Assert.Equal(m.SourceColumn, m.DestinationColumn));
            Assert.All(mapped, m => Assert.True(scripted.TryGetValue(m.DestinationColumn, out var c) && c.Computed == "",
                $"{table.Name}.{m.DestinationColumn} is not a column the load can write"));
            // Every column a row cannot be written without: not null, not worked out by the database, no default.
            var needed = scripted.Where(c => !c.Value.Nullable && c.Value.Computed == "" && c.Value.Default == "").Select(c => c.Key);
            Assert.Empty(needed.Except(mapped.Select(m => m.DestinationColumn)));
            foreach (System.Data.DataColumn column in rows.Columns)
            {
                var type = scripted[column.ColumnName].Type.Split('(')[0];
                Assert.True(Accepts.TryGetValue(type, out var accepted) && accepted.Contains(column.DataType),
                    $"{table.Name}.{column.ColumnName}: {column.DataType.Name} into {scripted[column.ColumnName].Type}");
            }
            checkedTables++;
        }
        Assert.True(checkedTables >= 30, $"Only {checkedTables} tables checked");
    }

    [Fact]
    public void The_bulk_copy_keeps_the_generated_ids_and_nulls_and_leaves_foreign_keys_trusted()
    {
        Assert.True(SqlServerBulkCopy.Options.HasFlag(SqlBulkCopyOptions.KeepIdentity));
        Assert.True(SqlServerBulkCopy.Options.HasFlag(SqlBulkCopyOptions.KeepNulls));
        Assert.True(SqlServerBulkCopy.Options.HasFlag(SqlBulkCopyOptions.CheckConstraints));
        Assert.False(SqlServerBulkCopy.Options.HasFlag(SqlBulkCopyOptions.UseInternalTransaction));
    }
}
