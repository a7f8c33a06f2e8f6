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
/// over one SMTP connection and one database connection; the server's reply is kept on the row, a 5xx refusal
/// is final and anything else (a 4xx, a dropped connection, no reply in time) is tried again later. A node asked
/// to stop (its cancellation token) finishes the message in hand and stops before claiming the next, so stopping
/// a node leaves no message in doubt; only a process killed mid-send leaves one for the lease to find.
/// </summary>
public sealed class OutboxDispatcher(
    TrainingHubDbContext db, EmailTemplates templates, IMailTransport transport, TimeProvider clock, MailOptions mail, MessageOptions messages,
    IEnumerable<INotificationRecheck> rechecks, IEnumerable<INotificationAttachments> attachments, ILogger<OutboxDispatcher> logger)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private const int BatchSize = 50;
    /// <summary>The most one run sends over its one connection; a larger burst goes on in the next run.</summary>
    public const int MaxPerRun = 500;

    /// <summary>How a claimed message ended: written in the same transaction as the next claim.</summary>
    private sealed record Outcome(long Id, NotificationStatus Status, string? Error = null, DateTimeOffset? RetryAt = null,
        MailReply? Reply = null, RenderedEmail? Rendered = null);

    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        // One connection for the run: each command then skips the open (and, on SQLite, the connection's pragmas).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await MarkExpiredLeasesAsync(cancellationToken);
            return await SendDueAsync(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        Outcome? held = null;
        await using var batch = transport.StartBatch();
        try
        {
            for (var taken = 0; taken < MaxPerRun;)
            {
                // Every row taken leaves the due set (sent, dropped, failed until a later attempt, or claimed elsewhere).
                var due = await DueAsync(Math.Min(BatchSize, MaxPerRun - taken), cancellationToken);
                if (due.Count == 0) break;
                taken += due.Count;
                var optedOut = await OptedOutAsync(due.Select(r => r.RecipientPersonId), cancellationToken);
                foreach (var row in due)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var claimed = await RecordAndClaimAsync(held, row.Id);
                    held = null;
                    if (!claimed) continue;
                    held = await SendClaimedAsync(row, optedOut.Contains(row.RecipientPersonId), batch);
                    if (held.Status == NotificationStatus.Sent) sent++;
                }
            }
        }
        finally
        {
            await RecordAndClaimAsync(held, null);
        }
        return sent;
    }

    private Task<List<Notification>> DueAsync(int count, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications.AsNoTracking().Include(n => n.Recipient)
            .Where(n => (n.Status == NotificationStatus.Pending && n.DueAt <= now)
                || (n.Status == NotificationStatus.Failed && n.NextAttemptAt != null && n.NextAttemptAt <= now))
            .OrderBy(n => n.DueAt).Take(count).ToListAsync(cancellationToken);
    }

    private Task<int> MarkExpiredLeasesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.Notifications
            .Where(n => n.Status == NotificationStatus.Sending && n.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.DeliveryUnknown), cancellationToken);
    }

    /// <summary>
    /// Records how the last message ended and claims the next in one commit, so a row is Sending only while its own
    /// message is in hand (at most one per run in doubt if the process dies) at one write per message.
    /// </summary>
    private async Task<bool> RecordAndClaimAsync(Outcome? finished, long? next)
    {
        if (finished is null && next is null) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (finished is not null) await RecordAsync(finished);
        var claimed = next is { } id && await ClaimAsync(id);
        await transaction.CommitAsync(CancellationToken.None);
        return claimed;
    }

    private async Task<bool> ClaimAsync(long id)
    {
        var now = clock.GetUtcNow();
        var claimed = await db.Notifications
            .Where(n => n.Id == id && ((n.Status == NotificationStatus.Pending && n.DueAt <= now)
                || (n.Status == NotificationStatus.Failed && n.NextAttemptAt != null && n.NextAttemptAt <= now)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, NotificationStatus.Sending)
                .SetProperty(n => n.LeaseUntil, now + Lease)
                .SetProperty(n => n.Attempts, n => n.Attempts + 1), CancellationToken.None);
        return claimed == 1;
    }

    private async Task<Outcome> SendClaimedAsync(Notification row, bool optedOut, IMailBatch batch)
    {
        RenderedEmail email, kept;
        IReadOnlyList<EmailAttachment> files;
        try
        {
            var values = await StillToSendAsync(row, CancellationToken.None);
            if (values is null) return new Outcome(row.Id, NotificationStatus.Dropped);
            email = templates.Render(row.Kind, values);
            if (!email.Essential && optedOut)
                return new Outcome(row.Id, NotificationStatus.Dropped, "The person opted out of non-essential messages.");
            files = await AttachmentsAsync(row, values, CancellationToken.None);
            kept = MessageSecrets.Withholding(values) is { } withheld ? templates.Render(row.Kind, withheld) : email;
        }
        catch (UnfilledPlaceholderException error)
        {
            // A template or caller mistake: retrying cannot fill it, so a lead sees it straight away.
            return new Outcome(row.Id, NotificationStatus.Failed, error.Message);
        }
        try
        {
            var reply = await batch.SendAsync(Message(row, email, files), CancellationToken.None);
            return new Outcome(row.Id, NotificationStatus.Sent, Reply: reply, Rendered: kept);
        }
        catch (MailNotSentException error)
        {
            logger.LogWarning(error, "Sending notification {Id} failed", row.Id);
            // The row was read before its claim added this attempt; the schedule is counted as it always was.
            var attempts = row.Attempts + 1;
            DateTimeOffset? retryAt = error.Permanent ? null : RetrySchedule.NextAttempt(attempts + 1, clock.GetUtcNow());
            var why = error.Permanent ? "The mail server refused the message." : "The mail server could not take the message.";
            return new Outcome(row.Id, NotificationStatus.Failed, why, retryAt, error.Reply, kept);
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

    private async Task<HashSet<int>> OptedOutAsync(IEnumerable<int> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        return (await db.MessagePreferences.AsNoTracking().Where(p => ids.Contains(p.PersonId) && p.OptedOutOfNonEssential)
            .Select(p => p.PersonId).ToListAsync(cancellationToken)).ToHashSet();
    }

    private Task<int> RecordAsync(Outcome outcome)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset? sentAt = outcome.Status == NotificationStatus.Sent ? now : null;
        var reply = outcome.Reply is null ? null : Truncate(outcome.Reply.ToString());
        // Only while still ours: a lease that ran out meanwhile has made the row DeliveryUnknown.
        var row = db.Notifications.Where(n => n.Id == outcome.Id && n.Status == NotificationStatus.Sending);
        if (outcome.Rendered is { } rendered)
            return row.ExecuteUpdateAsync(s => s
                .SetProperty(n => n.Status, outcome.Status).SetProperty(n => n.LastError, outcome.Error)
                .SetProperty(n => n.NextAttemptAt, outcome.RetryAt).SetProperty(n => n.SentAt, sentAt)
                .SetProperty(n => n.SmtpReply, reply).SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(n => n.RenderedSubject, rendered.Subject).SetProperty(n => n.RenderedText, rendered.Text)
                .SetProperty(n => n.RenderedHtml, rendered.Html), CancellationToken.None);
        return row.ExecuteUpdateAsync(s => s
            .SetProperty(n => n.Status, outcome.Status).SetProperty(n => n.LastError, outcome.Error)
            .SetProperty(n => n.NextAttemptAt, outcome.RetryAt).SetProperty(n => n.SentAt, sentAt)
            .SetProperty(n => n.SmtpReply, reply).SetProperty(n => n.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    private static string Truncate(string reply) => reply.Length <= Notification.SmtpReplyLength ? reply : reply[..Notification.SmtpReplyLength];
}
