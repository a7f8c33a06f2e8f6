#pragma warning disable EF1001, EF9100 // QueryCompiler is EF's internal entry point for every LINQ query; wrapping it is the only way to see them all.
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.Internal;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data;

namespace TrainingHub.Tests.Data.SqlServer;

/// <summary>
/// Writes down every LINQ query a portal runs, as the expression the page built, labelled with the part of the
/// portal being exercised (<see cref="Part"/>). The portal itself runs on SQLite and answers as usual; the queries
/// are then translated again for SQL Server (<see cref="TranslateForSqlServerAsync"/>).
/// </summary>
public static class QueryCapture
{
    private static readonly List<CapturedQuery> Captured = [];
    private static string part = "setup";

    public sealed record CapturedQuery(string Part, Expression Expression, Type Result, bool Async);

    public static string Part
    {
        set { lock (Captured) part = value; }
    }

    public static IReadOnlyList<CapturedQuery> Of(string name)
    {
        lock (Captured) return Captured.Where(q => q.Part == name).ToList();
    }

    /// <summary>Keeps the query with the values its closures held when it ran: the page and its context are gone by replay.</summary>
    private static void Add(Expression expression, Type result, bool async)
    {
        var taken = new Snapshot().Visit(expression)!;
        lock (Captured) Captured.Add(new CapturedQuery(part, taken, result, async));
    }

    /// <summary>Puts the capture into a portal's SQLite context.</summary>
    public static DbContextOptionsBuilder Capture(DbContextOptionsBuilder options) =>
        options.ReplaceService<IQueryCompiler, CapturingQueryCompiler>();

    /// <summary>
    /// Runs the query on a SQL Server context that stops each command before it would be sent, and returns the SQL
    /// it would have sent. A query EF cannot translate throws here, as it would against a live server.
    /// </summary>
    public static async Task<List<string>> TranslateForSqlServerAsync(CapturedQuery query)
    {
        var stop = new StopBeforeExecution();
        await using var db = StopBeforeExecution.Context(stop);
        var expression = new OntoSqlServer(db).Visit(query.Expression);
        var compiler = db.GetService<IQueryCompiler>();
        try
        {
            if (query.Async)
            {
                var result = typeof(IQueryCompiler).GetMethod(nameof(IQueryCompiler.ExecuteAsync))!.MakeGenericMethod(query.Result)
                    .Invoke(compiler, [expression, CancellationToken.None]);
                if (result is Task task) await task;
                else await ReadFirstAsync(result!);
            }
            else
            {
                var result = typeof(IQueryCompiler).GetMethod(nameof(IQueryCompiler.Execute))!.MakeGenericMethod(query.Result)
                    .Invoke(compiler, [expression]);
                if (result is System.Collections.IEnumerable rows and not string) rows.GetEnumerator().MoveNext();
            }
        }
        catch (Exception e) when (Stopped(e))
        {
        }
        return stop.Sent.Select(c => c.Text).ToList();
    }

    private static bool Stopped(Exception e) =>
        e is StopBeforeExecution.NotExecuted || (e.InnerException is not null && Stopped(e.InnerException));

    private static async Task ReadFirstAsync(object asyncEnumerable)
    {
        var rows = asyncEnumerable.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IAsyncEnumerable<>));
        var enumerator = rows.GetMethod("GetAsyncEnumerator")!.Invoke(asyncEnumerable, [CancellationToken.None])!;
        var next = typeof(IAsyncEnumerator<>).MakeGenericType(rows.GetGenericArguments()).GetMethod("MoveNextAsync")!;
        await (ValueTask<bool>)next.Invoke(enumerator, [])!;
    }

    /// <summary>Sees each query on its way in and hands it on unchanged to EF's own compiler.</summary>
    private sealed class CapturingQueryCompiler(
        IQueryContextFactory queryContextFactory, ICompiledQueryCache compiledQueryCache, ICompiledQueryCacheKeyGenerator keyGenerator,
        IDatabase database, IDiagnosticsLogger<DbLoggerCategory.Query> logger, ICurrentDbContext currentContext,
        IEvaluatableExpressionFilter evaluatableExpressionFilter, IModel model) : IQueryCompiler
    {
        private readonly QueryCompiler inner = new(queryContextFactory, compiledQueryCache, keyGenerator, database, logger,
            currentContext, evaluatableExpressionFilter, model);

        public TResult Execute<TResult>(Expression query)
        {
            Add(query, typeof(TResult), async: false);
            return inner.Execute<TResult>(query);
        }

        public TResult ExecuteAsync<TResult>(Expression query, CancellationToken cancellationToken)
        {
            Add(query, typeof(TResult), async: true);
            return inner.ExecuteAsync<TResult>(query, cancellationToken);
        }

        public Func<QueryContext, TResult> CreateCompiledQuery<TResult>(Expression query) => inner.CreateCompiledQuery<TResult>(query);

        public Func<QueryContext, TResult> CreateCompiledAsyncQuery<TResult>(Expression query) => inner.CreateCompiledAsyncQuery<TResult>(query);

        public Expression<Func<QueryContext, TResult>> PrecompileQuery<TResult>(Expression query, bool async) => inner.PrecompileQuery<TResult>(query, async);
    }

    /// <summary>
    /// Points a query written against the SQLite context at the SQL Server context: its roots become the same entity
    /// types of the SQL Server model.
    /// </summary>
    private sealed class OntoSqlServer(TrainingHubDbContext target) : ExpressionVisitor
    {
        private readonly IAsyncQueryProvider provider = target.GetService<IAsyncQueryProvider>();

        protected override Expression VisitExtension(Expression node) => node is EntityQueryRootExpression root
            ? new EntityQueryRootExpression(provider, target.Model.FindEntityType(root.EntityType.Name)
                ?? throw new InvalidOperationException($"{root.EntityType.Name} is not in the SQL Server model"))
            : base.VisitExtension(node);
    }

    /// <summary>
    /// Reads each closure value the query refers to (a captured id, the signed-in person, a set such as db.People used
    /// in a subquery) as it is now, and puts it back as a member of a constant box, which EF sends as a parameter just
    /// as it did the closure's field. Sets become their own query expression. Nothing is run against the database.
    /// </summary>
    private sealed class Snapshot : ExpressionVisitor
    {
        public override Expression? Visit(Expression? node)
        {
            if (node is not (MemberExpression or MethodCallExpression) || !Evaluable(node)) return base.Visit(node);
            object? value;
            try
            {
                value = Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)();
            }
            catch (Exception)
            {
                return base.Visit(node);
            }
            if (value is IQueryable query) return Visit(query.Expression);
            var box = Activator.CreateInstance(typeof(System.Runtime.CompilerServices.StrongBox<>).MakeGenericType(node.Type), value)!;
            return Expression.Field(Expression.Constant(box), "Value");
        }

        private static bool Evaluable(Expression node)
        {
            if (node is MethodCallExpression call && (call.Method.DeclaringType == typeof(EF) || call.Method.DeclaringType == typeof(Queryable)
                || call.Method.DeclaringType == typeof(EntityFrameworkQueryableExtensions)))
                return false;
            var finder = new OpenFinder();
            finder.Visit(node);
            return !finder.Found;
        }

        /// <summary>Finds what only the database can give a value to: lambda parameters, query roots, EF's markers.</summary>
        private sealed class OpenFinder : ExpressionVisitor
        {
            public bool Found { get; private set; }

            protected override Expression VisitParameter(ParameterExpression node)
            {
                Found = true;
                return node;
            }

            protected override Expression VisitExtension(Expression node)
            {
                Found = true;
                return node;
            }

            protected override Expression VisitMethodCall(MethodCallExpression node)
            {
                if (node.Method.DeclaringType == typeof(EF) || node.Method.DeclaringType == typeof(Queryable)) Found = true;
                return base.VisitMethodCall(node);
            }
        }
    }
}
