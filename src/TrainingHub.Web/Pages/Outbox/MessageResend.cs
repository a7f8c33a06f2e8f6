using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Audit;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Audit;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Pages.Outbox;

public enum ResendOutcome { Queued, AlreadyQueued, CannotResend, NotFound }

/// <summary>
/// A lead sends a failed or in-doubt message again: the same outbox row goes back to waiting (so it keeps its
/// Message-ID), and the resend is recorded in the audit log in the same transaction. The outbox's conditional update
/// decides a double click or two leads at once: only one changes the row, the other finds it already waiting.
/// </summary>
public sealed class MessageResend(TrainingHubDbContext db, Messages.Outbox outbox, AuditActor actor, TimeProvider clock)
{
    /// <summary>What the audit log calls a message.</summary>
    public const string AuditedAs = "Message";

    public async Task<ResendOutcome> ResendAsync(long id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var was = await StatusAsync(id, ct);
        if (was is null) return ResendOutcome.NotFound;
        if (!await outbox.ResendAsync(id, ct))
            return await StatusAsync(id, ct) is NotificationStatus.Pending or NotificationStatus.Sending ? ResendOutcome.AlreadyQueued : ResendOutcome.CannotResend;
        db.AuditEntries.Add(Entry(id, was.Value));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ResendOutcome.Queued;
    }

    private Task<NotificationStatus?> StatusAsync(long id, CancellationToken ct) =>
        db.Notifications.AsNoTracking().Where(n => n.Id == id).Select(n => (NotificationStatus?)n.Status).FirstOrDefaultAsync(ct);

    // As AuditLog writes the changes it logs by hand; the message's text is not kept, only its state.
    private AuditEntry Entry(long id, NotificationStatus was)
    {
        var (who, address) = actor.Current();
        return new AuditEntry
        {
            At = clock.GetUtcNow(), ActorPersonId = who, Address = address, Kind = AuditKind.Changed, EntityKind = AuditedAs,
            EntityId = id.ToString(),
            Before = AuditValues.Write(new Dictionary<string, object?> { [nameof(Notification.Status)] = was }),
            After = AuditValues.Write(new Dictionary<string, object?> { [nameof(Notification.Status)] = NotificationStatus.Pending }),
        };
    }
}
