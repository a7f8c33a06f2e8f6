using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingHub.Web.Data;

/// <summary>
/// Tells the <see cref="ReportCache"/> that data changed: after any command that writes to a table a report could
/// read, and again when a transaction commits, so a report built between a write and its commit is not kept.
/// A write whose tables it cannot name counts as a change; only the tables below, which no report reads, are let pass.
/// </summary>
public sealed partial class ReportCacheInvalidation(ReportCache cache) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    /// <summary>Sign-in bookkeeping, outgoing mail and keys: busy tables that no report reads.</summary>
    private static readonly HashSet<string> NotReported = new(StringComparer.OrdinalIgnoreCase)
    {
        "Notifications", "DataProtectionKeys", "MessagePreferences", "CalendarFeeds", "SessionCheckInCodes",
        "AspNetUsers", "AspNetUserTokens", "AspNetUserLogins", "AspNetUserClaims",
    };

    [GeneratedRegex("""\b(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenTable();

    [GeneratedRegex("""^\s*(?:SELECT|PRAGMA|WITH)\b""", RegexOptions.IgnoreCase)]
    private static partial Regex ReadOnly();

    /// <summary>Whether a command could change what a report shows.</summary>
    public static bool Changes(string sql)
    {
        if (ReadOnly().IsMatch(sql) && !WrittenTable().IsMatch(sql)) return false;
        var tables = WrittenTable().Matches(sql).Select(m => m.Groups[1].Value).ToList();
        return tables.Count == 0 || tables.Any(t => !NotReported.Contains(t));
    }

    private void After(DbCommand command)
    {
        if (Changes(command.CommandText)) cache.DataChanged();
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        After(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        After(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        After(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => cache.DataChanged();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        cache.DataChanged();
        return Task.CompletedTask;
    }
}
