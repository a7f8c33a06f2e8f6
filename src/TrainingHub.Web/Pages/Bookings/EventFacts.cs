using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>What the booking rules need to know about an event, read inside its write transaction.</summary>
public sealed record EventFacts(
    int Id, string Title, EventStatus Status, int Capacity, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt,
    DateTimeOffset? StartsAt, int CancellationCutOffHours, int OfferWindowHours, bool PromoteImmediately)
{
    /// <summary>The states that hold one of the event's places (see <see cref="BookingLifecycle.HoldsPlace"/>), as a query can use them.</summary>
    public static readonly BookingState[] HoldingStates =
        Enum.GetValues<BookingState>().Where(BookingLifecycle.HoldsPlace).ToArray();

    public BookingWindow Window => new(Status == EventStatus.Published, Status == EventStatus.Cancelled, OpensAt, ClosesAt, StartsAt);

    public OfferPolicy Policy => new(TimeSpan.FromHours(OfferWindowHours), PromoteImmediately);

    public DateTimeOffset? CancellationCutOff =>
        StartsAt is { } start ? Domain.Bookings.CancellationCutOff.For(start, TimeSpan.FromHours(CancellationCutOffHours)) : null;

    public static Task<EventFacts?> LoadAsync(TrainingHubDbContext db, int eventId) =>
        db.ProgrammeEvents.AsNoTracking().Where(e => e.Id == eventId)
            .Select(e => new EventFacts(e.Id, e.Title, e.Status, e.Capacity, e.BookingOpensAt, e.BookingClosesAt, e.StartsAt,
                e.CancellationCutOffHours, e.OfferWindowHours, e.PromoteImmediately))
            .FirstOrDefaultAsync();

    /// <summary>The bookings holding the event's places, for a count alone or inside another query.</summary>
    public static IQueryable<Data.Entities.Bookings.Booking> PlacesHeld(TrainingHubDbContext db, int eventId) =>
        db.Bookings.Where(b => b.ProgrammeEventId == eventId && HoldingStates.Contains(b.State));

    public static Task<int> PlacesHeldAsync(TrainingHubDbContext db, int eventId) => PlacesHeld(db, eventId).CountAsync();
}
