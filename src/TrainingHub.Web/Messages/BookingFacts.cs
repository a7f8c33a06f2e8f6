using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Messages;

/// <summary>A booking as it is now: what a message about it says, and what the re-check at send time tests.</summary>
public sealed record BookingFacts(
    int BookingId, int PersonId, string GivenName, string Email, string FullName, BookingState State, int? WaitingPosition,
    DateTimeOffset? OfferExpiresAt, DateTimeOffset PlaceHeldSince, DateTimeOffset? CompletedAt,
    int EventId, string Title, EventStatus EventStatus, DateTimeOffset? StartsAt, bool IsOnline, string? VenueName, string? VenueAddress,
    string? CancellationReason)
{
    public string Venue => VenueText.Of(IsOnline, VenueName, VenueAddress);
}

/// <summary>Reads <see cref="BookingFacts"/> and turns them into a template's placeholder values.</summary>
public sealed class BookingMessageValues(TrainingHubDbContext db, MessageOptions options)
{
    /// <summary>Values that are not placeholders but tell the re-check which booking and which start a message is about.</summary>
    public const string BookingIdKey = "booking.id";
    public const string StartsAtKey = "reminder.starts_at";
    public const string ChangeNoteKey = "event.change_note";

    public Task<BookingFacts?> FactsAsync(int bookingId, CancellationToken cancellationToken) =>
        Facts(db.Bookings.Where(b => b.Id == bookingId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Many bookings' facts in one query (one list parameter), for a batch of messages about them.</summary>
    public async Task<Dictionary<int, BookingFacts>> FactsAsync(IReadOnlyCollection<int> bookingIds, CancellationToken cancellationToken) =>
        bookingIds.Count == 0 ? [] : await Facts(db.Bookings.Where(b => EF.Parameter(bookingIds).Contains(b.Id)))
            .ToDictionaryAsync(f => f.BookingId, cancellationToken);

    private static IQueryable<BookingFacts> Facts(IQueryable<Booking> bookings) =>
        bookings.AsNoTracking().Where(b => b.PersonId != null)
            .Select(b => new BookingFacts(
                b.Id, b.PersonId!.Value, b.Person!.GivenName, b.Person.WorkEmail, b.Person.GivenName + " " + b.Person.FamilyName,
                b.State, b.WaitingPosition, b.OfferExpiresAt,
                b.Transitions.Where(t => t.To == BookingState.Booked).Max(t => (DateTimeOffset?)t.At) ?? b.CreatedAt,
                b.CompletedAt, b.ProgrammeEventId, b.ProgrammeEvent!.Title, b.ProgrammeEvent.Status, b.ProgrammeEvent.StartsAt,
                b.ProgrammeEvent.IsOnline, b.ProgrammeEvent.VenueName, b.ProgrammeEvent.VenueAddress, b.ProgrammeEvent.CancellationReason));

    /// <summary>Every value a booking message may use; a template takes the ones it names.</summary>
    public Dictionary<string, string> Values(BookingFacts facts, string? changeNote = null)
    {
        var values = new Dictionary<string, string>
        {
            [BookingIdKey] = facts.BookingId.ToString(),
            ["person.given_name"] = facts.GivenName,
            ["event.title"] = facts.Title,
            ["event.venue"] = facts.Venue,
            ["booking.manage_url"] = options.Link($"/Bookings/Details/{facts.BookingId}"),
            ["feedback.url"] = options.Link($"/Feedback/{facts.BookingId}"),
            ["programme.name"] = options.ProgrammeName,
            ["programme.events_url"] = options.Link("/Events"),
        };
        if (facts.StartsAt is { } startsAt)
        {
            values["event.first_session_local"] = LocalText(startsAt);
            values[StartsAtKey] = startsAt.UtcDateTime.ToString("O");
        }
        if (facts.WaitingPosition is { } position) values["booking.waiting_position"] = position.ToString();
        if (facts.OfferExpiresAt is { } expires) values["offer.expires_local"] = LocalText(expires);
        var note = changeNote ?? (facts.EventStatus == EventStatus.Cancelled ? facts.CancellationReason : null);
        if (!string.IsNullOrWhiteSpace(note)) values[ChangeNoteKey] = note;
        return values;
    }

    /// <summary>"Tuesday 30 March 2027, 09:30": the UK wall-clock time, right on either side of a clock change.</summary>
    public static string LocalText(DateTimeOffset instant) => LondonTime.ToLocal(instant).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB"));
}
