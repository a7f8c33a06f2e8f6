namespace TrainingHub.Web.Domain.Bookings;

/// <summary>How an event hands a freed place to its waiting list: an offer to accept within a time (48 hours unless the event says otherwise), or straight promotion.</summary>
public sealed record OfferPolicy(TimeSpan OfferWindow, bool PromoteImmediately)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(48);
    public static readonly OfferPolicy Default = new(DefaultWindow, PromoteImmediately: false);
}

/// <summary>One person waiting: their booking, their place in line (leads may reorder) and when they joined.</summary>
public sealed record QueuedPerson(int BookingId, int Position, DateTimeOffset JoinedAt);

/// <summary>A freed place for the person first in line: offered until <see cref="ExpiresAt"/>, or booked at once when the event promotes immediately.</summary>
public sealed record PlaceOffer(int BookingId, bool IsImmediate, DateTimeOffset OfferedAt, DateTimeOffset? ExpiresAt);

/// <summary>
/// The waiting-list rules: first in line gets the offer; nobody jumps the queue (a newcomer is booked directly only
/// when places are free and nobody waits); an offer that lapses passes to the next in line; no offer is made once
/// booking has closed or the event has started, and no offer outlives the booking window.
/// </summary>
public static class WaitingList
{
    public static IReadOnlyList<QueuedPerson> InLine(IEnumerable<QueuedPerson> queue) =>
        queue.OrderBy(q => q.Position).ThenBy(q => q.JoinedAt).ThenBy(q => q.BookingId).ToList();

    public static BookingState NewcomerGoesTo(int placesFree, int peopleWaiting) =>
        placesFree > 0 && peopleWaiting == 0 ? BookingState.Booked : BookingState.Waitlisted;

    public static IReadOnlyList<PlaceOffer> OffersFor(
        IEnumerable<QueuedPerson> queue, int placesFree, BookingWindow window, OfferPolicy policy, DateTimeOffset now)
    {
        if (placesFree <= 0 || !window.IsOpenAt(now)) return [];
        var expiresAt = policy.PromoteImmediately ? (DateTimeOffset?)null : ExpiryOf(now, window, policy);
        return InLine(queue).Take(placesFree)
            .Select(q => new PlaceOffer(q.BookingId, policy.PromoteImmediately, now, expiresAt))
            .ToList();
    }

    public static bool HasLapsed(DateTimeOffset? expiresAt, DateTimeOffset now) => expiresAt is { } expiry && now >= expiry;

    /// <summary>The queue after a lead moves one person to <paramref name="newPosition"/> (1 is first), numbered 1..n with no gaps.</summary>
    public static IReadOnlyList<QueuedPerson> MoveTo(IEnumerable<QueuedPerson> queue, int bookingId, int newPosition)
    {
        var line = InLine(queue).ToList();
        var moving = line.Single(q => q.BookingId == bookingId);
        line.Remove(moving);
        line.Insert(Math.Clamp(newPosition, 1, line.Count + 1) - 1, moving);
        return Renumber(line);
    }

    /// <summary>
    /// The people still waiting, in line and numbered 1..n with no gaps: after someone leaves (themselves, removed by a
    /// lead, or given a place).
    /// </summary>
    public static IReadOnlyList<QueuedPerson> Numbered(IEnumerable<QueuedPerson> stillWaiting) => Renumber(InLine(stillWaiting));

    private static DateTimeOffset ExpiryOf(DateTimeOffset now, BookingWindow window, OfferPolicy policy)
    {
        var expiry = now + policy.OfferWindow;
        if (window.ClosesAt is { } closes && closes < expiry) expiry = closes;
        if (window.StartsAt is { } starts && starts < expiry) expiry = starts;
        return expiry;
    }

    private static IReadOnlyList<QueuedPerson> Renumber(IEnumerable<QueuedPerson> line) =>
        line.Select((q, i) => q with { Position = i + 1 }).ToList();
}
