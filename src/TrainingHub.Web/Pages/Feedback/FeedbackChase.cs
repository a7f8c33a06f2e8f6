using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Pages.Feedback;

/// <summary>A completed booking whose attendee has not answered yet while the form is still open.</summary>
public sealed record OwedFeedback(int BookingId, int PersonId, string PersonName, string? PracticeName, int EventId, string EventTitle,
    DateTimeOffset? EventEndsAt, DateTimeOffset CompletedAt)
{
    public DateTimeOffset ClosesAt => FeedbackWindow.ClosesAt(EventEndsAt, CompletedAt);
    /// <summary>The form the chase email links to.</summary>
    public string FormPath => $"/Feedback/{BookingId}";
}

/// <summary>
/// Who still owes feedback: the only people a feedback chase may go to. Used by the non-responders page and by the
/// notification that chases them. Anonymous event types are left out of the page (leads must not see who has not
/// answered) but still chased, since the portal, not a person, reads the list.
/// </summary>
public sealed class FeedbackChase(TrainingHubDbContext db, TimeProvider clock)
{
    public Task<IReadOnlyList<OwedFeedback>> OwedAsync(int? eventId = null, bool includeAnonymous = true) =>
        OwedAsync(Owing(eventId, includeAnonymous));

    /// <summary>Whether a chase for this booking should still go at send time (the attendee may have answered since).</summary>
    public async Task<bool> IsStillOwedAsync(int bookingId) =>
        (await OwedAsync(Owing(null, includeAnonymous: true).Where(b => b.Id == bookingId))).Count == 1;

    private async Task<IReadOnlyList<OwedFeedback>> OwedAsync(IQueryable<Booking> owing)
    {
        var now = clock.GetUtcNow();
        var endedAfter = FeedbackWindow.StillOpenIfEndedAfter(now);
        var owed = await owing.Where(b => b.ProgrammeEvent!.EndsAt == null || b.ProgrammeEvent.EndsAt >= endedAfter)
            .OrderBy(b => b.ProgrammeEvent!.StartsAt).ThenBy(b => b.Person!.FamilyName).ThenBy(b => b.Person!.GivenName)
            .Select(b => new OwedFeedback(b.Id, b.PersonId!.Value, b.Person!.GivenName + " " + b.Person.FamilyName,
                b.Practice == null ? null : b.Practice.Name, b.ProgrammeEventId, b.ProgrammeEvent!.Title, b.ProgrammeEvent.EndsAt, b.CompletedAt!.Value))
            .ToListAsync();
        // The window's own rule has the last word (an event with no sessions closes from when the attendee completed it).
        return owed.Where(o => FeedbackWindow.WhyNot(BookingState.Attended, o.CompletedAt, o.EventEndsAt, now) is null).ToList();
    }

    private IQueryable<Booking> Owing(int? eventId, bool includeAnonymous) =>
        db.Bookings.AsNoTracking()
            .Where(b => b.State == BookingState.Attended && b.CompletedAt != null && b.PersonId != null)
            .Where(b => eventId == null || b.ProgrammeEventId == eventId)
            .Where(b => !db.FeedbackResponses.Any(r => r.BookingId == b.Id))
            .Where(b => includeAnonymous || !db.EventTypeFeedbackSettings.Any(s => s.EventTypeId == b.ProgrammeEvent!.EventTypeId && s.Anonymous));
}
