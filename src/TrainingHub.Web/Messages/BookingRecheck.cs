using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Messages;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Every booking message asks again, as it is sent, whether it is still true: the booking in the state the
/// message speaks of, the event still on and not yet started, a reminder for the start time the event has now.
/// The values are read afresh, so a message sent after the event moved gives the new time.
/// </summary>
public sealed class BookingRecheck(BookingMessageValues messageValues, Pages.Feedback.FeedbackChase feedback, TimeProvider clock) : INotificationRecheck
{
    public IReadOnlyCollection<string> Kinds { get; } =
    [
        MessageKinds.BookingConfirmed, MessageKinds.BookingPromoted, MessageKinds.BookingWaitlisted, MessageKinds.BookingOffered,
        MessageKinds.BookingCancelled, MessageKinds.EventChanged, MessageKinds.EventCancelled,
        ReminderLead.Week.Kind, ReminderLead.Day.Kind, MessageKinds.FeedbackRequest, MessageKinds.FeedbackChase,
    ];

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        if (!int.TryParse(queuedValues.GetValueOrDefault(BookingMessageValues.BookingIdKey), out var bookingId)) return null;
        var facts = await messageValues.FactsAsync(bookingId, cancellationToken);
        if (facts is null || facts.PersonId != recipientPersonId) return null;
        if (!await StillTrueAsync(kind, facts, queuedValues, cancellationToken)) return null;
        return messageValues.Values(facts, queuedValues.GetValueOrDefault(BookingMessageValues.ChangeNoteKey));
    }

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
