using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingHub.Web.Hosting;

/// <summary>
/// Counts the database commands each request runs and tells the caller in a response header, so the benchmark can
/// show that a page's cost does not grow with the data (no N+1). Off unless Diagnostics:CountDatabaseCommands is true.
/// </summary>
public static class DatabaseCommandCount
{
    public const string Setting = "Diagnostics:CountDatabaseCommands";
    public const string Header = "X-Database-Commands";

    private static readonly AsyncLocal<RequestCount?> Current = new();

    public static bool IsOn(IConfiguration configuration) => configuration.GetValue<bool>(Setting);

    public static void UseDatabaseCommandCount(this WebApplication app)
    {
        if (IsOn(app.Configuration)) app.UseMiddleware<CountingMiddleware>();
    }

    private sealed class RequestCount
    {
        public int Commands;
    }

    private sealed class CountingMiddleware(RequestDelegate next)
    {
        public Task InvokeAsync(HttpContext context)
        {
            var count = new RequestCount();
            Current.Value = count;
            // Razor pages render into a buffer, so the commands a view runs are counted before the headers go.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[Header] = Volatile.Read(ref count.Commands).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return next(context);
        }
    }

    /// <summary>One per application: it reads the request's counter from the async flow, so it holds no state itself.</summary>
    public sealed class Interceptor : DbCommandInterceptor
    {
        public static readonly Interceptor Instance = new();

        private static void Count()
        {
            if (Current.Value is { } count) Interlocked.Increment(ref count.Commands);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Count();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count();
            return ValueTask.FromResult(result);
        }
    }
}
