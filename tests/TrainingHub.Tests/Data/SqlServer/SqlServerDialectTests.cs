using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// Each thing the portal says to SQL Server in its own way (<see cref="SqlServerDialect"/>), checked without a server:
/// statements parse as T-SQL 160 and name tables and columns the migrations create, and the rules are the ones stated.
/// </summary>
public sealed class SqlServerDialectTests
{
    [Fact]
    public void The_event_lock_takes_update_row_and_range_locks_on_one_events_row()
    {
        var select = Assert.Single(TSql.Statements(SqlServerDialect.LockEvent).OfType<SelectStatement>());
        var table = Assert.Single(TSql.All<NamedTableReference>(select));

        Assert.Equal("ProgrammeEvents", TSql.Name(table.SchemaObject));
        Assert.Equal([TableHintKind.UpdLock, TableHintKind.Rowlock, TableHintKind.HoldLock], table.TableHints.Select(h => h.HintKind));
        var where = Assert.IsType<BooleanComparisonExpression>(((QuerySpecification)select.QueryExpression).WhereClause.SearchCondition);
        Assert.Equal(("Id", "@eventId"), (((ColumnReferenceExpression)where.FirstExpression).MultiPartIdentifier.Identifiers[^1].Value,
            ((VariableReference)where.SecondExpression).Name));
        Assert.False(SqlServerModel.MigratedCatalog.Tables["ProgrammeEvents"].Columns["Id"].Nullable);
    }

    [Fact]
    public async Task An_event_write_begins_a_read_committed_transaction_and_locks_each_event_once_in_id_order_inside_it()
    {
        var stop = new StopBeforeExecution();
        await using var db = StopBeforeExecution.Context(stop);

        await using var transaction = await db.BeginEventWriteAsync([42, 7, 42, 19]);

        Assert.Equal(System.Data.IsolationLevel.ReadCommitted, transaction.GetDbTransaction().IsolationLevel);
        Assert.Equal(3, stop.Sent.Count);
        Assert.All(stop.Sent, c => Assert.Equal((SqlServerDialect.LockEvent, transaction.GetDbTransaction()), (c.Text, c.Transaction)));
        Assert.Equal([7, 19, 42], stop.Sent.Select(c => (int)Assert.Single(c.Parameters).Value));
    }

    [Theory]
    [InlineData(2601, true)] // a duplicate in a unique index: the one live booking per person and event
    [InlineData(2627, true)] // a duplicate primary key or unique constraint
    [InlineData(547, false)] // a foreign key or check constraint
    [InlineData(1205, false)] // chosen as a deadlock victim
    public void A_unique_violation_is_told_by_its_error_number(int number, bool unique)
    {
        var failure = new DbUpdateException("An error occurred while saving the entity changes.", SqlErrorNumbered(number));
        using var db = SqlServerModel.CreateContext();

        Assert.Equal(unique, db.IsUniqueViolation(failure));
        Assert.False(db.IsUniqueViolation(new DbUpdateException("no inner exception")));
    }

    [Fact]
    public void Key_columns_compare_by_code_point_so_emails_and_outbox_keys_differing_in_case_stay_apart()
    {
        // BIN2: binary, by code point; case- and accent-sensitive, as SQLite's BINARY and PostgreSQL's deterministic collations are.
        Assert.EndsWith("_BIN2", SqlServerDialect.KeyCollation, StringComparison.Ordinal);
        using var db = SqlServerModel.CreateContext();
        var model = db.GetService<IDesignTimeModel>().Model;
        Assert.Equal(SqlServerDialect.KeyCollation, model.FindEntityType(typeof(Person))!.FindProperty(nameof(Person.WorkEmail))!.GetCollation());
        var outboxKey = model.FindEntityType(typeof(Notification))!.GetIndexes().Single(i => i.IsUnique);
        Assert.All(outboxKey.Properties.Where(p => p.ClrType == typeof(string)), p => Assert.Equal(SqlServerDialect.KeyCollation, p.GetCollation()));

        // Every text column in a key, foreign key or unique index, in the model and in the migrations' script.
        var keyed = model.GetRelationalModel().Tables.SelectMany(t =>
                t.UniqueConstraints.SelectMany(k => k.Columns).Concat(t.ForeignKeyConstraints.SelectMany(f => f.Columns))
                    .Concat(t.Indexes.Where(i => i.IsUnique).SelectMany(i => i.Columns)))
            .Where(c => c.StoreType.Contains("char", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        Assert.True(keyed.Count >= 20, $"Only {keyed.Count} text key columns found");
        var catalog = SqlServerModel.MigratedCatalog.Tables;
        Assert.All(keyed, c => Assert.True(catalog[c.Table.Name].Columns[c.Name].Collation == SqlServerDialect.KeyCollation,
            $"{c.Table.Name}.{c.Name} is collated '{catalog[c.Table.Name].Columns[c.Name].Collation}'"));
    }

    [Fact]
    public void On_the_other_databases_no_column_names_a_collation_so_keys_compare_as_they_always_have()
    {
        foreach (var connection in new[] { new DatabaseConnection(DatabaseProvider.Sqlite, "Data Source=unused.db"), new DatabaseConnection(DatabaseProvider.PostgreSql, "Host=unused") })
        {
            using var db = DataServiceCollectionExtensions.CreateContext(connection);
            var model = db.GetService<IDesignTimeModel>().Model;
            Assert.DoesNotContain(model.GetEntityTypes().SelectMany(e => e.GetProperties()), p => p.GetCollation() is not null);
        }
    }

    [Fact]
    public void The_register_search_columns_are_persisted_computed_columns_over_name_and_postcode()
    {
        var practices = SqlServerModel.MigratedCatalog.Tables["Practices"].Columns;
        Assert.Equal((true, true), (practices["SearchName"].Persisted, practices["SearchPostcode"].Persisted));
        var (nameColumns, nameFunctions) = ColumnsAndFunctions(practices["SearchName"].Computed);
        Assert.Equal(["Name"], nameColumns);
        Assert.Equal(["UPPER"], nameFunctions);
        var (postcodeColumns, postcodeFunctions) = ColumnsAndFunctions(practices["SearchPostcode"].Computed);
        Assert.Equal(["Postcode"], postcodeColumns);
        Assert.Equal(["REPLACE", "UPPER"], postcodeFunctions);
        // Searches compare the stored values with LIKE: no wider than the postcode they come from.
        Assert.Contains("(10)", practices["SearchPostcode"].Computed, StringComparison.Ordinal);
    }

    private static (string[] Columns, string[] Functions) ColumnsAndFunctions(string expression)
    {
        var select = TSql.Parse("SELECT " + expression);
        return (TSql.All<ColumnReferenceExpression>(select).Select(c => c.MultiPartIdentifier.Identifiers[^1].Value).Distinct().Order().ToArray(),
            TSql.All<FunctionCall>(select).Select(f => f.FunctionName.Value.ToUpperInvariant()).Distinct().Order().ToArray());
    }

    [Fact]
    public void A_list_of_ids_goes_to_sql_server_as_one_json_parameter_whatever_its_length()
    {
        using var db = SqlServerModel.CreateContext();
        var ids = Enumerable.Range(1, 5_000).ToList();

        var sql = db.ProgrammeEvents.Where(e => ids.Contains(e.Id)).Select(e => e.Title).ToQueryString();

        var statements = TSql.Statements(sql).ToList();
        Assert.Single(statements.OfType<DeclareVariableStatement>());
        Assert.Contains("OPENJSON(@ids)", sql.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(ParameterTranslationMode.Parameter,
            db.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().Single().ParameterizedCollectionMode);
    }

    [Fact]
    public void The_statements_around_the_national_load_and_trainer_allocation_parse_and_name_real_tables()
    {
        var insert = Assert.Single(TSql.Statements(SqlServerDialect.AddTrainerDiary).OfType<InsertStatement>());
        Assert.Equal("TrainerDiaries", TSql.Name(((NamedTableReference)insert.InsertSpecification.Target).SchemaObject));
        Assert.Equal(["PersonId", "Version"], insert.InsertSpecification.Columns.Select(c => c.MultiPartIdentifier.Identifiers[^1].Value));
        Assert.Contains(TSql.All<NamedTableReference>(insert), t => t.TableHints.Select(h => h.HintKind).SequenceEqual([TableHintKind.UpdLock, TableHintKind.HoldLock]));
        Assert.Contains("TrainerDiaries", SqlServerModel.MigratedCatalog.Tables.Keys);

        var reseed = Assert.Single(TSql.Statements(SqlServerDialect.MoveIdentityOn("[Practices]")));
        Assert.IsType<DbccStatement>(reseed);
        Assert.Single(TSql.Statements(SqlServerDialect.UpdateStatistics).OfType<ExecuteStatement>());
    }

    /// <summary>
    /// A real SqlException with this error number. SqlClient builds them only from a server's answer, so its own
    /// internal factory is called: the predicate under test reads the same object a server failure would give it.
    /// </summary>
    private static SqlException SqlErrorNumbered(int number)
    {
        const BindingFlags inside = BindingFlags.NonPublic | BindingFlags.Instance;
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        var constructor = typeof(SqlError).GetConstructors(inside).OrderByDescending(c => c.GetParameters().Length)
            .First(c => c.GetParameters()[0].ParameterType == typeof(int));
        var arguments = constructor.GetParameters().Select((p, i) => i == 0 ? number : p.ParameterType switch
        {
            var t when t == typeof(string) => "server",
            var t when t == typeof(byte) => (byte)14,
            var t when t == typeof(int) => 1,
            var t when t == typeof(uint) => 0u,
            _ => (object?)null,
        }).ToArray();
        var error = (SqlError)constructor.Invoke(arguments);
        typeof(SqlErrorCollection).GetMethod("Add", inside)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .First(m => m.Name == "CreateException" && m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(SqlErrorCollection), typeof(string)]));
        var exception = (SqlException)create.Invoke(null, [errors, "16.0.1000"])!;
        Assert.Equal(number, exception.Number);
        return exception;
    }
}
