using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.Coverage;

/// <summary>At send time: drop the digest for someone who is no longer a lead; otherwise send today's figures.</summary>
public sealed class WeeklyDigestRecheck(WeeklyDigest digest) : INotificationRecheck
{
    public IReadOnlyCollection<string> Kinds { get; } = [WeeklyDigest.Kind];

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues,
        CancellationToken cancellationToken)
    {
        var lead = await digest.LeadsAsync(recipientPersonId, cancellationToken);
        return lead.Count == 0 ? null : await digest.ValuesAsync(lead[0].GivenName, cancellationToken);
    }
}
