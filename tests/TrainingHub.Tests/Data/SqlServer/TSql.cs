using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// T-SQL read by Microsoft's own parser for SQL Server 2022 (<see cref="TSql160Parser"/>), the level the portal asks
/// EF for. Quoted identifiers are on, as SqlClient connects.
/// </summary>
public static class TSql
{
    public static TSqlScript Parse(string sql)
    {
        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);
        Assert.True(errors.Count == 0,
            $"T-SQL does not parse:\n{string.Join("\n", errors.Select(e => $"  line {e.Line}, column {e.Column}: {e.Message}"))}\n---\n{sql}");
        return (TSqlScript)fragment;
    }

    public static IEnumerable<TSqlStatement> Statements(string sql) => Parse(sql).Batches.SelectMany(b => b.Statements);

    /// <summary>A fragment written back out in one canonical form, so two spellings of the same expression compare equal.</summary>
    public static string Text(TSqlFragment? fragment)
    {
        if (fragment is null) return "";
        new Sql160ScriptGenerator(new SqlScriptGeneratorOptions { KeywordCasing = KeywordCasing.Uppercase })
            .GenerateScript(fragment, out var script);
        return string.Join(' ', script.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static string Name(SchemaObjectName name) => name.BaseIdentifier.Value;

    /// <summary>Every node of a kind anywhere in the fragment.</summary>
    public static List<T> All<T>(TSqlFragment fragment) where T : TSqlFragment
    {
        var visitor = new Collector<T>();
        fragment.Accept(visitor);
        return visitor.Found;
    }

    private sealed class Collector<T> : TSqlFragmentVisitor where T : TSqlFragment
    {
        public List<T> Found { get; } = [];

        public override void Visit(TSqlFragment fragment)
        {
            if (fragment is T t) Found.Add(t);
        }
    }
}
