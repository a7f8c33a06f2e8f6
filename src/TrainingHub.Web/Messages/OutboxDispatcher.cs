using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Sends due messages. Each row is claimed by a conditional UPDATE (status and due time) before it is sent,
/// so two nodes or two overlapping runs cannot both send it. A row still Sending after its lease ran out was
/// perhaps delivered: it becomes DeliveryUnknown and waits for a lead, never resent silently. One run sends
/// over one SMTP connection; the server's reply is kept on the row, a 5xx refusal is final and anything
/// else (a 4xx, a dropped connection, no reply in time) is tried again later. A node asked to stop (its
/// cancellation token) finishes the message in hand and stops before claiming the next, so stopping a node
/// leaves no message in doubt; only a process killed mid-send leaves one for the lease to find.
/// </summary>
public sealed class OutboxDispatcher(
    TrainingHubDbContext db, EmailTemplates templates, IMailTransport transport, TimeProvider clock, MailOptions mail, MessageOptions messages,
    IEnumerable<INotificationRecheck> rechecks, IEnumerable<INotificationAttachments> attachments, ILogger<OutboxDispatcher> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private const int BatchSize = 50;
    /// <summary>The most one run sends over its one connection; a larger burst goes on in the next run.</summary>
    public const int MaxPerRun = 500;

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        await MarkExpiredLeasesAsync(cancellationToken);
        var sent = 0;
        await using var batch = transport.StartBatch();
        for (var taken = 0; taken < MaxPerRun;)
        {
            // Every row taken leaves the due set (sent, dropped, failed until a later attempt, or claimed elsewhere).
            var due = await DueAsync(Math.Min(BatchSize, MaxPerRun - taken), cancellationToken);
            if (due.Count == 0) break;
            taken += due.Count;
            foreach (var id in due)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await ClaimAsync(id, CancellationToken.None) && await SendClaimedAsync(id, batch, CancellationToken.None)) sent++;
            }
        }
        return sent;
    }

    private Task<List<long>> DueAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.AsNoTracking()
            .Where(n => (n.Status == NotificationStatus.Pending && n.DueAt <= now)
                || (n.Status == NotificationStatus.Failed && n.NextAttemptAt != null && n.NextAttemptAt <= now))
            .OrderBy(n => n.DueAt).Select(n => n.Id).Take(count).ToListAsync(cancellationToken);
    }

    private Task<int> MarkExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications
            .Where(n => n.Status == NotificationStatus.Sending && n.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.DeliveryUnknown), cancellationToken);
    }

    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Notifications
            .Where(n => n.Id == id && ((n.Status == NotificationStatus.Pending && n.DueAt <= now)
                || (n.Status == NotificationStatus.Failed && n.NextAttemptAt != null && n.NextAttemptAt <= now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Sending)
                .SetProperty(n => n.LeaseUntil, now + Lease)
                .SetProperty(n => n.Attempts, n => n.Attempts + 1), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> SendClaimedAsync(long id, IMailBatch batch, CancellationToken cancellationToken)
    {
        var row = await db.Notifications.AsNoTracking().Include(n => n.Recipient).SingleAsync(n => n.Id == id, cancellationToken);
        RenderedEmail email;
        IReadOnlyList<EmailAttachment> files;
        try
        {
            var values = await StillToSendAsync(row, cancellationToken);
            if (values is null) return await FinishAsync(id, NotificationStatus.Dropped, null, null, cancellationToken);
            email = templates.Render(row.Kind, values);
            if (!email.Essential && await OptedOutAsync(row.RecipientPersonId, cancellationToken))
                return await FinishAsync(id, NotificationStatus.Dropped, "The person opted out of non-essential messages.", null, cancellationToken);
            files = await AttachmentsAsync(row, values, cancellationToken);
            await RecordRenderedAsync(id, MessageSecrets.Withholding(values) is { } kept ? templates.Render(row.Kind, kept) : email, cancellationToken);
        }
        catch (UnfilledPlaceholderException error)
        {
            // A template or caller mistake: retrying cannot fill it, so a lead sees it straight away.
            return await FinishAsync(id, NotificationStatus.Failed, error.Message, null, cancellationToken);
        }
        try
        {
            var reply = await batch.SendAsync(Message(row, email, files), cancellationToken);
            await FinishAsync(id, NotificationStatus.Sent, null, null, cancellationToken, reply);
            return true;
        }
        catch (MailNotSentException error)
        {
            logger.LogWarning(error, "Sending notification {Id} failed", id);
            DateTimeOffset? retryAt = error.Permanent ? null : RetrySchedule.NextAttempt(row.Attempts + 1, clock.GetUtcNow());
            var why = error.Permanent ? "The mail server refused the message." : "The mail server could not take the message.";
            return await FinishAsync(id, NotificationStatus.Failed, why, retryAt, cancellationToken, error.Reply);
        }
    }

    private MimeMessage Message(Notification row, RenderedEmail email, IReadOnlyList<EmailAttachment> files)
    {
        var message = email.ToMimeMessage(new MailboxAddress(row.Recipient!.FullName, row.Recipient.WorkEmail), files);
        // One id per outbox row, kept by every retry: a receiving system (and the benchmark) can tell a message sent twice from two messages.
        message.MessageId = mail.MessageIdFor($"notification-{row.Id}");
        if (!email.Essential) message.Headers.Add(HeaderId.ListUnsubscribe, $"<{messages.Link("/Preferences")}>");
        return message;
    }

    private async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(Notification row, CancellationToken cancellationToken)
    {
        var queued = JsonSerializer.Deserialize<Dictionary<string, string>>(row.ValuesJson) ?? [];
        var recheck = rechecks.FirstOrDefault(r => r.Kinds.Contains(row.Kind));
        if (recheck is null) return queued;
        return await recheck.StillToSendAsync(row.Kind, row.Subject, row.RecipientPersonId, queued, cancellationToken);
    }

    private async Task<IReadOnlyList<EmailAttachment>> AttachmentsAsync(Notification row, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        var files = new List<EmailAttachment>();
        foreach (var source in attachments.Where(a => a.Kinds.Contains(row.Kind)))
            files.AddRange(await source.ForAsync(row.Kind, row.Subject, row.RecipientPersonId, values, cancellationToken));
        return files;
    }

    private Task<bool> OptedOutAsync(int personId, CancellationToken cancellationToken) =>
        db.MessagePreferences.AnyAsync(p => p.PersonId == personId && p.OptedOutOfNonEssential, cancellationToken);

    private Task<int> RecordRenderedAsync(long id, RenderedEmail email, CancellationToken cancellationToken) =>
        db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.RenderedSubject, email.Subject)
            .SetProperty(n => n.RenderedText, email.Text)
            .SetProperty(n => n.RenderedHtml, email.Html), cancellationToken);

    private async Task<bool> FinishAsync(long id, NotificationStatus status, string? error, DateTimeOffset? retryAt,
        CancellationToken cancellationToken, MailReply? reply = null)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? sentAt = status == NotificationStatus.Sent ? now : null;
        // Only while still ours: a lease that ran out meanwhile has made the row DeliveryUnknown.
        await db.Notifications.Where(n => n.Id == id && n.Status == NotificationStatus.Sending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, status)
                .SetProperty(n => n.LastError, error)
                .SetProperty(n => n.NextAttemptAt, retryAt)
                .SetProperty(n => n.SentAt, sentAt)
                .SetProperty(n => n.SmtpReply, reply == null ? null : Truncate(reply.ToString()))
                .SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        return false;
    }

    private static string Truncate(string reply) => reply.Length <= Notification.SmtpReplyLength ? reply : reply[..Notification.SmtpReplyLength];
}
