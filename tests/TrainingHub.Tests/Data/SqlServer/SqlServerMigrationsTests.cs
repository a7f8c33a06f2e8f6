using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The SQL Server provider verified as far as it can be without a server: the model builds and validates, the
/// migrations are up to date with it, and their idempotent script parses as T-SQL and builds exactly the schema the
/// model describes. The comparison is the one MigrationsMatchModelTests makes on SQLite and PostgreSQL, with the
/// catalogs read from parsed scripts (the migrations' against EnsureCreated's) instead of from a running server.
/// </summary>
public sealed class SqlServerMigrationsTests
{
    [Fact]
    public void The_model_builds_and_validates_on_the_sql_server_provider()
    {
        using var db = SqlServerModel.CreateContext();
        // The design-time model is the one migrations are made from; reading it runs EF's and the provider's validation.
        var model = db.GetService<IDesignTimeModel>().Model;
        Assert.Equal("Microsoft.EntityFrameworkCore.SqlServer", db.Database.ProviderName);
        Assert.Equal(db.Model.GetEntityTypes().Count(), model.GetEntityTypes().Count());
        Assert.Contains(model.GetRelationalModel().Tables, t => t.Name == "ProgrammeEvents");
    }

    [Fact]
    public void Every_model_change_has_a_sql_server_migration()
    {
        using var db = SqlServerModel.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changes with no SqlServer migration: run tools/add-migration.sh NAME (or NAME SqlServer).");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_idempotent_migrations_script_parses_as_t_sql_160()
    {
        var script = TSql.Parse(SqlServerModel.IdempotentMigrationsScript);
        using var db = SqlServerModel.CreateContext();
        // Each migration is applied only where the history table lacks it, so the script can be run again safely.
        var guarded = TSql.All<Microsoft.SqlServer.TransactSql.ScriptDom.StringLiteral>(script).Select(l => l.Value).ToHashSet();
        Assert.All(db.Database.GetMigrations(), id => Assert.Contains(id, guarded));
    }

    [Fact]
    public void Sql_server_migrations_build_exactly_the_models_schema()
    {
        var fromMigrations = SqlServerModel.MigratedCatalog.Lines();
        var fromModel = SqlServerScriptCatalog.Replay(SqlServerModel.CreateScript).Lines();
        Assert.Contains(fromModel, l => l.StartsWith("column Practices.OdsCode ", StringComparison.Ordinal));
        var onlyMigrations = fromMigrations.Except(fromModel).ToList();
        var onlyModel = fromModel.Except(fromMigrations).ToList();
        Assert.True(onlyMigrations.Count == 0 && onlyModel.Count == 0,
            "Schema differs.\nOnly in the migrations' script:\n  " + string.Join("\n  ", onlyMigrations) +
            "\nOnly in the model's script:\n  " + string.Join("\n  ", onlyModel));
    }

    [Fact]
    public void Every_table_column_key_and_index_of_the_model_is_in_the_migrations_script()
    {
        using var db = SqlServerModel.CreateContext();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var catalog = SqlServerModel.MigratedCatalog.Tables;
        Assert.Equal(model.Tables.Select(t => t.Name).Order(StringComparer.Ordinal), catalog.Keys);
        foreach (var table in model.Tables)
        {
            var scripted = catalog[table.Name];
            Assert.Equal(table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal), scripted.Columns.Keys);
            foreach (var column in table.Columns)
            {
                var s = scripted.Columns[column.Name];
                var where = $"{table.Name}.{column.Name}";
                // A computed column's nullability is the server's to work out from its expression.
                Assert.True(column.IsNullable == s.Nullable || s.Computed != "", $"{where}: nullable in the model {column.IsNullable}, in the script {s.Nullable}");
                Assert.True((column.Collation ?? "") == s.Collation, $"{where}: collation '{column.Collation}' in the model, '{s.Collation}' in the script");
                Assert.True(column.ComputedColumnSql is null == (s.Computed == ""), $"{where}: computed in one and not the other");
                if (column.ComputedColumnSql is null)
                    Assert.True(SameType(column.StoreType, s.Type), $"{where}: {column.StoreType} in the model, {s.Type} in the script");
            }
            var keys = table.UniqueConstraints.Select(k => k.Name).Concat(table.ForeignKeyConstraints.Select(f => f.Name))
                .Concat(table.CheckConstraints.Select(c => c.Name!));
            Assert.Equal(keys.Order(StringComparer.Ordinal), scripted.Keys.Keys);
            Assert.Equal(table.Indexes.Select(i => i.Name).Order(StringComparer.Ordinal), scripted.Indexes.Keys);
        }
    }

    private static bool SameType(string storeType, string scripted) =>
        string.Equals(storeType.Replace(" ", ""), scripted.Replace(" ", ""), StringComparison.OrdinalIgnoreCase);
}
