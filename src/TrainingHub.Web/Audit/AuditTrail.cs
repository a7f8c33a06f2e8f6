using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data.Entities.Audit;

namespace TrainingHub.Web.Audit;

/// <summary>
/// Writes one audit row for every audited row that a SaveChanges adds, changes or removes, in the same transaction as
/// the change. A new row's key is known only once it is saved, so the rows are written just after the change by a
/// second save; when the caller has no transaction of its own this interceptor holds one around both saves.
/// Writes that bypass tracking (ExecuteUpdate, ExecuteDelete) are logged where they are made, through <see cref="AuditLog"/>.
/// </summary>
public sealed class AuditTrail(AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    private sealed record Change(EntityEntry Entry, AuditKind Kind, AuditedRecords.Audited Audited, string? Key, string? Before, string? After);

    private sealed class Pending(List<Change> changes, IDbContextTransaction? owned)
    {
        public List<Change> Changes { get; } = changes;
        public IDbContextTransaction? Owned { get; } = owned;
        public bool Writing { get; set; }
    }

    private readonly ConditionalWeakTable<DbContext, Pending> pending = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context || pending.TryGetValue(context, out _)) return result;
        var changes = Capture(context);
        if (changes.Count == 0) return result;
        var owned = context.Database.CurrentTransaction is null ? await context.Database.BeginTransactionAsync(cancellationToken) : null;
        pending.AddOrUpdate(context, new Pending(changes, owned));
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not { } context || pending.TryGetValue(context, out _)) return result;
        var changes = Capture(context);
        if (changes.Count == 0) return result;
        var owned = context.Database.CurrentTransaction is null ? context.Database.BeginTransaction() : null;
        pending.AddOrUpdate(context, new Pending(changes, owned));
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context || !pending.TryGetValue(context, out var p) || p.Writing) return result;
        try
        {
            p.Writing = true;
            context.Set<AuditEntry>().AddRange(Rows(p.Changes));
            await context.SaveChangesAsync(cancellationToken);
            if (p.Owned is not null) await p.Owned.CommitAsync(cancellationToken);
        }
        finally
        {
            await EndAsync(context, p);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is not { } context || !pending.TryGetValue(context, out var p) || p.Writing) return result;
        try
        {
            p.Writing = true;
            context.Set<AuditEntry>().AddRange(Rows(p.Changes));
            context.SaveChanges();
            p.Owned?.Commit();
        }
        finally
        {
            EndAsync(context, p).AsTask().GetAwaiter().GetResult();
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var p) && !p.Writing) await EndAsync(context, p);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var p) && !p.Writing) EndAsync(context, p).AsTask().GetAwaiter().GetResult();
    }

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && pending.TryGetValue(context, out var p) && !p.Writing) await EndAsync(context, p);
    }

    private async ValueTask EndAsync(DbContext context, Pending p)
    {
        pending.Remove(context);
        if (p.Owned is not null) await p.Owned.DisposeAsync();
    }

    private static List<Change> Capture(DbContext context)
    {
        var changes = new List<Change>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (AuditedRecords.For(entry.Metadata.ClrType) is not { } audited) continue;
            var columns = AuditValues.Columns(entry).ToList();
            switch (entry.State)
            {
                case EntityState.Added:
                    changes.Add(new Change(entry, AuditKind.Added, audited, null, null, null));
                    break;
                case EntityState.Modified when columns.Count > 0:
                    changes.Add(new Change(entry, AuditKind.Changed, audited, AuditValues.Key(entry),
                        AuditValues.Of(columns, audited, original: true), AuditValues.Of(columns, audited, original: false)));
                    break;
                case EntityState.Deleted:
                    changes.Add(new Change(entry, AuditKind.Removed, audited, AuditValues.Key(entry), AuditValues.Of(columns, audited, original: true), null));
                    break;
            }
        }
        return changes;
    }

    /// <summary>A new row's values are read after its save, when its key and database defaults are known.</summary>
    private IEnumerable<AuditEntry> Rows(List<Change> changes)
    {
        var (who, address) = actor.Current();
        var at = clock.GetUtcNow();
        return changes.Select(c => new AuditEntry
        {
            At = at, ActorPersonId = who, Address = address, Kind = c.Kind, EntityKind = c.Audited.Kind,
            EntityId = c.Key ?? AuditValues.Key(c.Entry), Before = c.Before,
            After = c.Kind == AuditKind.Added ? AuditValues.Of(c.Entry.Properties.Where(p => p.Metadata.GetComputedColumnSql() is null), c.Audited, original: false) : c.After,
        });
    }
}
