namespace TrainingHub.Web.Messages;

/// <summary>A file sent with a message, made at send time so it carries the details as they are then.</summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Content);

/// <summary>Adds files to messages of some kinds (the calendar invitation on a booking confirmation).</summary>
public interface INotificationAttachments
{
    IReadOnlyCollection<string> Kinds { get; }

    Task<IReadOnlyList<EmailAttachment>> ForAsync(string kind, string subject, int recipientPersonId,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
