using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Messages;

/// <summary>Queues messages. Every feature that emails someone goes through here, never straight to SMTP.</summary>
public sealed class Outbox(TrainingHubDbContext db, TimeProvider clock)
{
    /// <summary>False when this exact message (kind, subject, recipient, occurrence) was already queued.</summary>
    public async Task<bool> QueueAsync(string kind, string subject, int recipientPersonId, string occurrence,
        IReadOnlyDictionary<string, string> values, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var row = new Notification
        {
            Kind = kind, Subject = subject, RecipientPersonId = recipientPersonId, Occurrence = occurrence,
            ValuesJson = JsonSerializer.Serialize(values), DueAt = dueAt, CreatedAt = now,
        };
        db.Notifications.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(row).State = EntityState.Detached;
            if (await AlreadyQueuedAsync(row, cancellationToken)) return false;
            throw;
        }
    }

    /// <summary>A lead's resend of a Failed or DeliveryUnknown message; false when it is in any other state.</summary>
    public async Task<bool> ResendAsync(long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Notifications
            .Where(n => n.Id == id && (n.Status == NotificationStatus.Failed || n.Status == NotificationStatus.DeliveryUnknown))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Pending)
                .SetProperty(n => n.DueAt, now)
                .SetProperty(n => n.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        return changed == 1;
    }

    private Task<bool> AlreadyQueuedAsync(Notification row, CancellationToken cancellationToken) =>
        db.Notifications.AsNoTracking().AnyAsync(n => n.Kind == row.Kind && n.Subject == row.Subject
            && n.RecipientPersonId == row.RecipientPersonId && n.Occurrence == row.Occurrence, cancellationToken);
}
