using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// The schema a T-SQL script leaves behind, worked out from its parsed statements instead of a server's catalog (no
/// SQL Server runs here): tables, columns with type, nullability, identity, computed expression and collation, keys,
/// foreign keys and indexes, as sorted lines like <see cref="SchemaCatalog"/>'s. It replays each DDL statement in
/// order, inside IF blocks and EXEC strings as EF's idempotent scripts write them, and refuses a statement it does not
/// know rather than pass over it.
/// </summary>
public sealed class SqlServerScriptCatalog
{
    private const string HistoryTable = "__migrations";
    private readonly SortedDictionary<string, Table> tables = new(StringComparer.Ordinal);
    private (string Table, string Column)? defaultBeingDropped;

    public IReadOnlyDictionary<string, Table> Tables => tables;

    public static SqlServerScriptCatalog Replay(string script)
    {
        var catalog = new SqlServerScriptCatalog();
        foreach (var statement in TSql.Statements(script)) catalog.Apply(statement);
        return catalog;
    }

    public List<string> Lines()
    {
        var lines = new List<string>();
        foreach (var (name, table) in tables)
        {
            lines.Add($"table {name}");
            lines.AddRange(table.Columns.Select(c => $"column {name}.{c.Key} {c.Value.Describe()}"));
            lines.AddRange(table.Keys.Select(k => $"key {name}.{k.Key} {k.Value}"));
            lines.AddRange(table.Indexes.Select(i => $"index {name}.{i.Key} {i.Value}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private void Apply(TSqlStatement statement)
    {
        switch (statement)
        {
            case IfStatement s:
                Apply(s.ThenStatement);
                if (s.ElseStatement is not null) Apply(s.ElseStatement);
                break;
            case BeginEndBlockStatement s:
                foreach (var inner in s.StatementList.Statements) Apply(inner);
                break;
            case CreateTableStatement s:
                CreateTable(s);
                break;
            case AlterTableAddTableElementStatement s:
                Add(TableOf(s.SchemaObjectName), s.Definition);
                break;
            case AlterTableDropTableElementStatement s:
                Drop(TableOf(s.SchemaObjectName), s);
                break;
            case AlterTableAlterColumnStatement s:
                AlterColumn(TableOf(s.SchemaObjectName), s);
                break;
            case CreateIndexStatement s:
                TableOf(s.OnName).Indexes[s.Name.Value] = Describe(s);
                break;
            case DropIndexStatement s:
                foreach (var clause in s.DropIndexClauses.Cast<DropIndexClause>()) TableOf(clause.Object).Indexes.Remove(clause.Index.Value);
                break;
            case DropTableStatement s:
                foreach (var name in s.Objects) tables.Remove(TSql.Name(name));
                break;
            case ExecuteStatement s:
                Execute(s);
                break;
            case SelectStatement s when TSql.Text(s).Contains("default_constraints", StringComparison.OrdinalIgnoreCase):
                // EF finds a column's default constraint by name before dropping it: remember which column.
                var literals = TSql.All<StringLiteral>(s).Select(l => l.Value).ToList();
                defaultBeingDropped = (literals[0].Trim('[', ']'), literals[1]);
                break;
            case DeclareVariableStatement or SelectStatement or InsertStatement or UpdateStatement or DeleteStatement
                or PredicateSetStatement or SetVariableStatement or SetIdentityInsertStatement or BeginTransactionStatement or CommitTransactionStatement or PrintStatement:
                break; // data and session statements leave the schema as it is
            default:
                throw new NotSupportedException($"The script catalog does not know this statement; teach it:\n{TSql.Text(statement)}");
        }
    }

    private void CreateTable(CreateTableStatement s)
    {
        var name = TSql.Name(s.SchemaObjectName);
        if (name == HistoryTable) return;
        tables[name] = new Table();
        Add(tables[name], s.Definition);
    }

    private static void Add(Table table, TableDefinition definition)
    {
        foreach (var column in definition.ColumnDefinitions) table.Columns[column.ColumnIdentifier.Value] = Column.From(column);
        foreach (var constraint in definition.TableConstraints)
        {
            switch (constraint)
            {
                case DefaultConstraintDefinition d:
                    table.Columns[d.Column.Value] = table.Columns[d.Column.Value] with { Default = TSql.Text(d.Expression) };
                    break;
                case UniqueConstraintDefinition u:
                    table.Keys[u.ConstraintIdentifier.Value] = $"{(u.IsPrimaryKey ? "primary key" : "unique")} ({string.Join(",", u.Columns.Select(c => ColumnName(c.Column)))})";
                    break;
                case ForeignKeyConstraintDefinition f:
                    table.Keys[f.ConstraintIdentifier.Value] = $"foreign key ({string.Join(",", f.Columns.Select(c => c.Value))}) references {TSql.Name(f.ReferenceTableName)}" +
                        $"({string.Join(",", f.ReferencedTableColumns.Select(c => c.Value))}) on delete {f.DeleteAction}";
                    break;
                case CheckConstraintDefinition c:
                    table.Keys[c.ConstraintIdentifier.Value] = $"check {TSql.Text(c.CheckCondition)}";
                    break;
                default:
                    throw new NotSupportedException($"The script catalog does not know this constraint: {TSql.Text(constraint)}");
            }
        }
        if (definition.Indexes.Count > 0) throw new NotSupportedException("The script catalog does not read inline indexes.");
    }

    private void Drop(Table table, AlterTableDropTableElementStatement s)
    {
        foreach (var element in s.AlterTableDropTableElements)
        {
            var removed = element.TableElementType switch
            {
                TableElementType.Column => table.Columns.Remove(element.Name.Value),
                TableElementType.Index => table.Indexes.Remove(element.Name.Value),
                _ => table.Keys.Remove(element.Name.Value),
            };
            Assert.True(removed, $"The script drops {element.Name.Value}, which it never created.");
        }
    }

    private static void AlterColumn(Table table, AlterTableAlterColumnStatement s)
    {
        var name = s.ColumnIdentifier.Value;
        if (s.DataType is null) throw new NotSupportedException($"The script catalog does not know this ALTER COLUMN: {TSql.Text(s)}");
        table.Columns[name] = table.Columns[name] with
        {
            Type = Column.TypeOf(s.DataType),
            Nullable = s.AlterTableAlterColumnOption != AlterTableAlterColumnOption.NotNull,
            Collation = s.Collation?.Value ?? "",
        };
    }

    private void Execute(ExecuteStatement s)
    {
        switch (s.ExecuteSpecification.ExecutableEntity)
        {
            case ExecutableStringList list when list.Strings.All(x => x is StringLiteral):
                foreach (var inner in TSql.Statements(string.Concat(list.Strings.Cast<StringLiteral>().Select(l => l.Value)))) Apply(inner);
                break;
            case ExecutableStringList list when defaultBeingDropped is var (table, column) && TSql.Text(list).Contains("DROP CONSTRAINT", StringComparison.OrdinalIgnoreCase):
                tables[table].Columns[column] = tables[table].Columns[column] with { Default = "" };
                defaultBeingDropped = null;
                break;
            case ExecutableProcedureReference { ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value: var proc } call
                when proc.Equals("sp_rename", StringComparison.OrdinalIgnoreCase):
                Rename(call.Parameters.Select(p => ((StringLiteral)p.ParameterValue).Value).ToList());
                break;
            default:
                throw new NotSupportedException($"The script catalog does not know this EXEC; teach it: {TSql.Text(s)}");
        }
    }

    private void Rename(List<string> arguments)
    {
        var parts = arguments[0].Split('.').Select(p => p.Trim('[', ']')).ToArray();
        var kind = arguments.Count > 2 ? arguments[2].ToUpperInvariant() : "OBJECT";
        switch (kind)
        {
            case "COLUMN":
                var columns = tables[parts[^2]].Columns;
                columns[arguments[1]] = columns[parts[^1]];
                columns.Remove(parts[^1]);
                break;
            case "INDEX":
                var indexes = tables[parts[^2]].Indexes;
                indexes[arguments[1]] = indexes[parts[^1]];
                indexes.Remove(parts[^1]);
                break;
            default:
                if (!tables.Remove(parts[^1], out var table))
                    throw new NotSupportedException($"The script catalog renames tables only: sp_rename {string.Join(", ", arguments)}");
                tables[arguments[1]] = table;
                foreach (var other in tables.Values)
                    foreach (var key in other.Keys.Keys.ToList())
                        other.Keys[key] = other.Keys[key].Replace($" references {parts[^1]}(", $" references {arguments[1]}(", StringComparison.Ordinal);
                break;
        }
    }

    private Table TableOf(SchemaObjectName name) =>
        tables.TryGetValue(TSql.Name(name), out var table) ? table : throw new InvalidOperationException($"The script alters {TSql.Name(name)} before creating it.");

    private static string ColumnName(ColumnReferenceExpression column) => column.MultiPartIdentifier.Identifiers[^1].Value;

    private static string Describe(CreateIndexStatement s) =>
        $"{(s.Unique ? "unique" : "non-unique")} ({string.Join(",", s.Columns.Select(c => ColumnName(c.Column)))})" +
        (s.IncludeColumns.Count > 0 ? $" include ({string.Join(",", s.IncludeColumns.Select(ColumnName))})" : "") +
        (s.FilterPredicate is null ? "" : $" where {TSql.Text(s.FilterPredicate)}");

    public sealed class Table
    {
        public SortedDictionary<string, Column> Columns { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, string> Keys { get; } = new(StringComparer.Ordinal);
        public SortedDictionary<string, string> Indexes { get; } = new(StringComparer.Ordinal);
    }

    public sealed record Column(string Type, bool Nullable, bool Identity, string Computed, bool Persisted, string Collation, string Default)
    {
        public static Column From(ColumnDefinition c) => new(
            c.ComputedColumnExpression is null ? TypeOf(c.DataType) : "",
            !c.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable),
            c.IdentityOptions is not null,
            TSql.Text(c.ComputedColumnExpression),
            c.IsPersisted,
            c.Collation?.Value ?? "",
            TSql.Text(c.DefaultConstraint?.Expression));

        public static string TypeOf(DataTypeReference type) => type switch
        {
            SqlDataTypeReference s => s.SqlDataTypeOption + (s.Parameters.Count == 0 ? "" : $"({string.Join(",", s.Parameters.Select(p => p.Value))})"),
            _ => TSql.Text(type),
        };

        public string Describe() =>
            (Computed != "" ? $"computed {Computed}{(Persisted ? " persisted" : "")}" : Type) +
            (Nullable ? " null" : " not null") + (Identity ? " identity" : "") +
            (Collation != "" ? $" collate {Collation}" : "") + (Default != "" ? $" default {Default}" : "");
    }
}
