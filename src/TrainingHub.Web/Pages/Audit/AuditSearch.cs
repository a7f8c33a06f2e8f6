using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Domain;

namespace TrainingHub.Web.Pages.Audit;

public sealed record AuditFilter(string? Who, string? Kind, DateTimeOffset? From, DateTimeOffset? Before);

public sealed record AuditRow(long Id, DateTimeOffset At, string? Who, AuditKind Kind, string EntityKind, string? EntityId,
    string? Before, string? After, string? Address);

/// <summary>The audit log as leads search it: newest first, by who acted (name or email), kind of record and UK dates.</summary>
public sealed class AuditSearch(TrainingHubDbContext db)
{
    public const int PageRows = 200;

    public Task<List<AuditRow>> FindAsync(AuditFilter filter, int? take, CancellationToken ct)
    {
        var query = Filtered(filter).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new AuditRow(e.Id, e.At,
                db.People.Where(p => p.Id == e.ActorPersonId).Select(p => p.GivenName + " " + p.FamilyName + " (" + p.WorkEmail + ")").FirstOrDefault(),
                e.Kind, e.EntityKind, e.EntityId, e.Before, e.After, e.Address));
        return (take is { } n ? query.Take(n) : query).ToListAsync(ct);
    }

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Who))
        {
            var who = filter.Who.Trim().ToLowerInvariant();
            var people = db.People.Where(p => p.WorkEmail.Contains(who)
                || (p.GivenName + " " + p.FamilyName).ToLower().Contains(who)).Select(p => (int?)p.Id);
            entries = entries.Where(e => people.Contains(e.ActorPersonId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Kind)) entries = entries.Where(e => e.EntityKind == filter.Kind);
        if (filter.From is { } from) entries = entries.Where(e => e.At >= from);
        if (filter.Before is { } before) entries = entries.Where(e => e.At < before);
        return entries;
    }

    public static string Describe(AuditKind kind) => kind switch
    {
        AuditKind.Added => "Added",
        AuditKind.Changed => "Changed",
        AuditKind.Removed => "Removed",
        AuditKind.SignedIn => "Signed in",
        AuditKind.SignInFailed => "Sign-in failed",
        AuditKind.Read => "Read",
        AuditKind.Erased => "Erased",
        _ => "Other",
    };

    public static string Csv(IEnumerable<AuditRow> rows)
    {
        var csv = new StringBuilder();
        Line(csv, "When (UTC)", "Who", "From address", "What", "Record", "Record id", "Before", "After");
        foreach (var r in rows)
            Line(csv, r.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss"), r.Who ?? "The portal", r.Address, Describe(r.Kind), r.EntityKind,
                r.EntityId, r.Before, r.After);
        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params string?[] cells) =>
        csv.Append(string.Join(',', cells.Select(c => '"' + SpreadsheetSafe.Cell(c).Replace("\"", "\"\"") + '"'))).Append("\r\n");
}
