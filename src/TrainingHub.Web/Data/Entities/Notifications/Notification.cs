namespace TrainingHub.Web.Data.Entities.Notifications;

public enum NotificationStatus
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
    /// <summary>The SMTP server may have accepted it, but the process stopped before recording: a lead decides.</summary>
    DeliveryUnknown = 4,
    /// <summary>The re-check at send time said it is no longer right to send, or the person opted out.</summary>
    Dropped = 5,
}

/// <summary>
/// One message to one person. (Kind, Subject, RecipientPersonId, Occurrence) is unique, so queuing the same
/// message again — a retried job, a restart, a second scheduler node — finds the existing row instead.
/// </summary>
public class Notification
{
    public long Id { get; set; }
    /// <summary>The template: a file name in content/emails.</summary>
    public required string Kind { get; set; }
    /// <summary>What the message is about, e.g. "booking:12" or "announcement:3f2a…".</summary>
    public required string Subject { get; set; }
    public int RecipientPersonId { get; set; }
    public Person? Recipient { get; set; }
    /// <summary>Which sending this is, e.g. the session start it reminds of; "1" for one-off messages.</summary>
    public required string Occurrence { get; set; }
    /// <summary>Placeholder values as queued (JSON); a re-check may replace them at send time.</summary>
    public required string ValuesJson { get; set; }
    public NotificationStatus Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset DueAt { get; set; }
    /// <summary>When a Failed message is tried again; null once a lead has to decide.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The mail server's reply to the last attempt ("250 …", "550 …"), or why there was none.</summary>
    public string? SmtpReply { get; set; }
    public const int SmtpReplyLength = 1000;
    public string? RenderedSubject { get; set; }
    public string? RenderedText { get; set; }
    public string? RenderedHtml { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
