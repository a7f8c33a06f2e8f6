namespace TrainingHub.Web.Messages;

/// <summary>
/// A file sent with a message, made at send time so it carries the details as they are then. A calendar
/// invitation (CalendarMethod REQUEST or CANCEL) also goes inside the message as its calendar alternative.
/// </summary>
public sealed record EmailAttachment(string FileName, string ContentType, string Content, string? CalendarMethod = null)
{
    public static EmailAttachment Invitation(string method, string calendarText) =>
        new("invite.ics", "application/ics", calendarText, method);
}

/// <summary>Adds files to messages of some kinds (the calendar invitation on a booking confirmation).</summary>
public interface INotificationAttachments
{
    IReadOnlyCollection<string> Kinds { get; }

    Task<IReadOnlyList<EmailAttachment>> ForAsync(string kind, string subject, int recipientPersonId,
        IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}
