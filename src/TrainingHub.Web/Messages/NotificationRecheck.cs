namespace TrainingHub.Web.Messages;

/// <summary>
/// "Is this still right to send?" asked for each message at the moment it is sent, not when it was queued.
/// The booking issue implements one per kind (no reminder to a cancelled or waitlisted booking, none for a
/// past session, values refreshed when the event moved); a kind with no re-check is sent as queued.
/// </summary>
public interface INotificationRecheck
{
    /// <summary>The template kinds (content/emails file names) this re-check answers for.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    /// <summary>Null to drop the message; otherwise the placeholder values to send it with now.</summary>
    Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues,
        CancellationToken cancellationToken);

    /// <summary>
    /// Told the queued values of a batch about to be sent (those of its kinds), so it can read what they need in one
    /// query rather than one per message. Whatever it reads ahead must still be fresh when each message is asked about.
    /// </summary>
    Task BeforeBatchAsync(IReadOnlyCollection<IReadOnlyDictionary<string, string>> queuedValues, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
