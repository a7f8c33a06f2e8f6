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
/// is final and anything else (a 4xx, a dropped connection, no reply in time) is tried again later. While one
/// message is on the wire the next is claimed and made ready, so the relay's replies and the database's writes
/// overlap instead of adding up. A node asked to stop (its cancellation token) finishes the message on the wire
/// and stops before claiming the next, so stopping a node leaves no message in doubt; only a process killed
/// mid-send leaves one (or two: the one on the wire and the one claimed after it) for the lease to find.
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
            using var writes = new OutboxWrites(db);
            return await SendDueAsync(writes, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> SendDueAsync(OutboxWrites writes, CancellationToken cancellationToken)
    {
        var sent = 0;
        var finished = new List<Outcome>();
        Task<Outcome>? onTheWire = null;
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
                var queued = await BeforeBatchAsync(due, cancellationToken);
                foreach (var row in due)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var claimed = await RecordAndClaimAsync(writes, finished, row.Id);
                    if (!claimed) continue;
                    var ready = await PrepareAsync(row, queued[row.Id], optedOut.Contains(row.RecipientPersonId));
                    var landing = onTheWire;
                    onTheWire = null;
                    sent += await LandedAsync(finished, landing);
                    if (ready.Outcome is { } known) finished.Add(known);
                    else onTheWire = SendAsync(row, ready, batch);
                }
            }
        }
        finally
        {
            try { sent += await LandedAsync(finished, onTheWire); }
            finally { await RecordAndClaimAsync(writes, finished, null); }
        }
        return sent;
    }

    /// <summary>Waits for the message on the wire, if any, and keeps how it ended for the next write: 1 when it was sent.</summary>
    private static async Task<int> LandedAsync(List<Outcome> finished, Task<Outcome>? onTheWire)
    {
        if (onTheWire is null) return 0;
        var outcome = await onTheWire;
        finished.Add(outcome);
        return outcome.Status == NotificationStatus.Sent ? 1 : 0;
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
    /// Records how the messages finished since the last write ended and claims the next in one commit, so a row is
    /// Sending only while its own message is in hand (or next in line) at one write per message.
    /// </summary>
    private async Task<bool> RecordAndClaimAsync(OutboxWrites writes, List<Outcome> finished, long? next)
    {
        if (finished.Count == 0 && next is null) return false;
        await using var transaction = await writes.BeginAsync();
        foreach (var outcome in finished) await RecordAsync(writes, outcome);
        var claimed = next is { } id && await writes.ClaimAsync(id, clock.GetUtcNow(), Lease);
        await transaction.CommitAsync(CancellationToken.None);
        finished.Clear();
        return claimed;
    }

    /// <summary>A claimed message made ready to send, or how it ended without sending (dropped, or a template fault).</summary>
    private sealed record Ready(Outcome? Outcome, MimeMessage? Message = null, RenderedEmail? Kept = null);

    private async Task<Ready> PrepareAsync(Notification row, IReadOnlyDictionary<string, string> queued, bool optedOut)
    {
        try
        {
            var values = await StillToSendAsync(row, queued, CancellationToken.None);
            if (values is null) return new Ready(new Outcome(row.Id, NotificationStatus.Dropped));
            var email = templates.Render(row.Kind, values);
            if (!email.Essential && optedOut)
                return new Ready(new Outcome(row.Id, NotificationStatus.Dropped, "The person opted out of non-essential messages."));
            var files = await AttachmentsAsync(row, values, CancellationToken.None);
            var kept = MessageSecrets.Withholding(values) is { } withheld ? templates.Render(row.Kind, withheld) : email;
            return new Ready(null, Message(row, email, files), kept);
        }
        catch (UnfilledPlaceholderException error)
        {
            // A template or caller mistake: retrying cannot fill it, so a lead sees it straight away.
            return new Ready(new Outcome(row.Id, NotificationStatus.Failed, error.Message));
        }
    }

    private async Task<Outcome> SendAsync(Notification row, Ready ready, IMailBatch batch)
    {
        try
        {
            var reply = await batch.SendAsync(ready.Message!, CancellationToken.None);
            return new Outcome(row.Id, NotificationStatus.Sent, Reply: reply, Rendered: ready.Kept);
        }
        catch (MailNotSentException error)
        {
            logger.LogWarning(error, "Sending notification {Id} failed", row.Id);
            // The row was read before its claim added this attempt; the schedule is counted as it always was.
            var attempts = row.Attempts + 1;
            DateTimeOffset? retryAt = error.Permanent ? null : RetrySchedule.NextAttempt(attempts + 1, clock.GetUtcNow());
            var why = error.Permanent ? "The mail server refused the message." : "The mail server could not take the message.";
            return new Outcome(row.Id, NotificationStatus.Failed, why, retryAt, error.Reply, ready.Kept);
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

    /// <summary>Each row's queued values; each re-check is told those of its kinds, to read what the batch needs at once.</summary>
    private async Task<Dictionary<long, IReadOnlyDictionary<string, string>>> BeforeBatchAsync(List<Notification> due, CancellationToken cancellationToken)
    {
        var queued = due.ToDictionary(r => r.Id,
            r => (IReadOnlyDictionary<string, string>)(JsonSerializer.Deserialize<Dictionary<string, string>>(r.ValuesJson) ?? []));
        foreach (var kinds in due.GroupBy(r => RecheckFor(r.Kind)).Where(g => g.Key is not null))
            await kinds.Key!.BeforeBatchAsync(kinds.Select(r => queued[r.Id]).ToList(), cancellationToken);
        return queued;
    }

    private async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(Notification row, IReadOnlyDictionary<string, string> queued, CancellationToken cancellationToken)
    {
        if (RecheckFor(row.Kind) is not { } recheck) return queued;
        return await recheck.StillToSendAsync(row.Kind, row.Subject, row.RecipientPersonId, queued, cancellationToken);
    }

    private INotificationRecheck? RecheckFor(string kind) => rechecks.FirstOrDefault(r => r.Kinds.Contains(kind));

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

    private Task<int> RecordAsync(OutboxWrites writes, Outcome outcome)
    {
        DateTimeOffset? sentAt = outcome.Status == NotificationStatus.Sent ? clock.GetUtcNow() : null;
        var reply = outcome.Reply is null ? null : Truncate(outcome.Reply.ToString());
        return writes.RecordAsync(outcome.Id, outcome.Status, outcome.Error, outcome.RetryAt, sentAt, reply, outcome.Rendered);
    }

    private static string Truncate(string reply) => reply.Length <= Notification.SmtpReplyLength ? reply : reply[..Notification.SmtpReplyLength];
}
