using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Every booking message asks again, as it is sent, whether it is still true: the booking in the state the
/// message speaks of, the event still on and not yet started, a reminder for the start time the event has now.
/// The values are read afresh, so a message sent after the event moved gives the new time. A batch's bookings are
/// read in one query before its first message, and again whenever that reading is older than <see cref="Freshness"/>
/// when a message is asked about: a message is never sent on facts older than that.
/// </summary>
public sealed class BookingRecheck(BookingMessageValues messageValues, Pages.Feedback.FeedbackChase feedback, TimeProvider clock) : INotificationRecheck
{
    /// <summary>
    /// The oldest a batch's reading may be when a message relies on it: the time of a few messages at a normal relay's
    /// pace, short beside the deadline a single send already has (Mail:Smtp:MessageTimeoutSeconds).
    /// </summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    private HashSet<int> batch = [];
    private Dictionary<int, BookingFacts> batchFacts = [];
    private long batchReadAt;

    public IReadOnlyCollection<string> Kinds { get; } =
    [
        MessageKinds.BookingConfirmed, MessageKinds.BookingPromoted, MessageKinds.BookingWaitlisted, MessageKinds.BookingOffered,
        MessageKinds.BookingCancelled, MessageKinds.EventChanged, MessageKinds.EventCancelled,
        ReminderLead.Week.Kind, ReminderLead.Day.Kind, MessageKinds.FeedbackRequest, MessageKinds.FeedbackChase,
    ];

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        if (BookingIdOf(queuedValues) is not { } bookingId) return null;
        var facts = await FactsAsync(bookingId, cancellationToken);
        if (facts is null || facts.PersonId != recipientPersonId) return null;
        if (!await StillTrueAsync(kind, facts, queuedValues, cancellationToken)) return null;
        return messageValues.Values(facts, queuedValues.GetValueOrDefault(BookingMessageValues.ChangeNoteKey));
    }

    public async Task BeforeBatchAsync(IReadOnlyCollection<IReadOnlyDictionary<string, string>> queuedValues, CancellationToken cancellationToken)
    {
        batch = queuedValues.Select(BookingIdOf).OfType<int>().ToHashSet();
        await ReadBatchAsync(cancellationToken);
    }

    private async Task<BookingFacts?> FactsAsync(int bookingId, CancellationToken cancellationToken)
    {
        if (!batch.Contains(bookingId)) return await messageValues.FactsAsync(bookingId, cancellationToken);
        if (clock.GetElapsedTime(batchReadAt) > Freshness) await ReadBatchAsync(cancellationToken);
        return batchFacts.GetValueOrDefault(bookingId);
    }

    private async Task ReadBatchAsync(CancellationToken cancellationToken)
    {
        batchReadAt = clock.GetTimestamp();
        batchFacts = await messageValues.FactsAsync(batch, cancellationToken);
    }

    private static int? BookingIdOf(IReadOnlyDictionary<string, string> queuedValues) =>
        int.TryParse(queuedValues.GetValueOrDefault(BookingMessageValues.BookingIdKey), out var id) ? id : null;

    private async Task<bool> StillTrueAsync(string kind, BookingFacts facts, IReadOnlyDictionary<string, string> queued, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var upcoming = facts.EventStatus == EventStatus.Published && facts.StartsAt > now;
        return kind switch
        {
            MessageKinds.BookingConfirmed or MessageKinds.BookingPromoted => facts.State == BookingState.Booked && upcoming,
            MessageKinds.BookingWaitlisted => facts.State == BookingState.Waitlisted && upcoming,
            MessageKinds.BookingOffered => facts.State == BookingState.Offered && facts.OfferExpiresAt > now && upcoming,
            // When the whole event was cancelled, the event's own message says so once.
            MessageKinds.BookingCancelled => facts.State == BookingState.Cancelled && facts.EventStatus != EventStatus.Cancelled,
            MessageKinds.EventChanged => BookingLifecycle.IsLive(facts.State) && facts.State != BookingState.Requested && upcoming,
            MessageKinds.EventCancelled => facts.EventStatus == EventStatus.Cancelled,
            MessageKinds.FeedbackRequest => facts.State == BookingState.Attended && facts.CompletedAt is not null,
            MessageKinds.FeedbackChase => facts.State == BookingState.Attended && facts.CompletedAt is not null
                && await feedback.IsStillOwedAsync(facts.BookingId),
            _ => ReminderStillDue(kind, facts, queued, now),
        };
    }

    private static bool ReminderStillDue(string kind, BookingFacts facts, IReadOnlyDictionary<string, string> queued, DateTimeOffset now)
    {
        if (ReminderLead.ForKind(kind) is not { } lead || facts.StartsAt is not { } startsAt) return false;
        if (facts.State != BookingState.Booked || facts.EventStatus != EventStatus.Published) return false;
        // Queued for a start the event no longer has: the reminder for the new start is its own message.
        if (!DateTimeOffset.TryParse(queued.GetValueOrDefault(BookingMessageValues.StartsAtKey), out var queuedStart) || queuedStart != startsAt) return false;
        return ReminderTiming.WhyNot(lead, startsAt, facts.PlaceHeldSince, now) is null;
    }
}
