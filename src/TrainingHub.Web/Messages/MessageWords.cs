using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Messages;

/// <summary>How the outbox page names each kind of message and each state it can be in, in the programme's words.</summary>
public static class MessageWords
{
    private static readonly Dictionary<string, string> Kinds = MessageKinds.All.ToDictionary(k => k.Name, k => k.Words, StringComparer.Ordinal);

    public static bool Knows(string kind) => Kinds.ContainsKey(kind);

    /// <summary>The kind in words; one the page does not know yet reads as its name with spaces.</summary>
    public static string Kind(string kind) =>
        Kinds.TryGetValue(kind, out var words) ? words : char.ToUpperInvariant(kind[0]) + kind[1..].Replace('-', ' ');

    public static string Status(NotificationStatus status) => status switch
    {
        NotificationStatus.Pending => "Waiting to be sent",
        NotificationStatus.Sending => "Being sent",
        NotificationStatus.Sent => "Sent",
        NotificationStatus.Failed => "Not sent yet",
        NotificationStatus.DeliveryUnknown => "Perhaps delivered: check with the person before resending",
        _ => "Not sent",
    };

    /// <summary>Why a message was not sent, when the row does not say: the check at send time found it no longer applied.</summary>
    public static string? Why(NotificationStatus status, string? error) =>
        error ?? (status == NotificationStatus.Dropped
            ? "By the time it was due it no longer applied (for example the place was cancelled, the offer lapsed or the event had started), so it was not sent."
            : null);
}
