using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Calendar;

/// <summary>Private calendar feed links: 256 random bits each, so a link cannot be guessed, only shared or replaced.</summary>
public sealed class CalendarFeeds(TrainingHubDbContext db, TimeProvider clock)
{
    public Task<string?> TokenForAsync(int personId) =>
        db.CalendarFeeds.Where(f => f.PersonId == personId).Select(f => f.Token).FirstOrDefaultAsync();

    public Task<int?> PersonForAsync(string token) =>
        db.CalendarFeeds.Where(f => f.Token == token).Select(f => (int?)f.PersonId).FirstOrDefaultAsync();

    /// <summary>
    /// What a person's feed carries: the sessions of events they hold a place on (booked, or attended and past), the
    /// sessions they deliver as a trainer, and those of events cancelled while they were booked, so calendars remove them.
    /// </summary>
    public IQueryable<EventSession> BookedSessions(int personId) => db.EventSessions.Where(s => s.ProgrammeEvent!.Status != EventStatus.Draft
        && db.Bookings.Any(b => b.ProgrammeEventId == s.ProgrammeEventId && b.PersonId == personId
            && (PlaceHolders.Contains(b.State)
                || (b.State == BookingState.Cancelled && s.ProgrammeEvent!.Status == EventStatus.Cancelled && b.CancelledAt >= s.ProgrammeEvent.UpdatedAt))));

    public IQueryable<EventSession> DeliveredSessions(int personId) => db.EventSessions.Where(s => s.ProgrammeEvent!.Status != EventStatus.Draft
        && s.ProgrammeEvent.Trainers.Any(t => t.PersonId == personId));

    public IQueryable<EventSession> FeedSessions(int personId)
    {
        var booked = BookedSessions(personId).Select(s => s.Id);
        var delivered = DeliveredSessions(personId).Select(s => s.Id);
        return db.EventSessions.Where(s => booked.Contains(s.Id) || delivered.Contains(s.Id));
    }

    /// <summary>A place on the day: the joining link and the calendar entry go with these (an offer is not yet a place).</summary>
    private static readonly BookingState[] PlaceHolders = [BookingState.Booked, BookingState.Attended, BookingState.NoShow];

    /// <summary>The events whose joining links the person's feed may carry: those they hold a place on or deliver.</summary>
    public async Task<IReadOnlySet<int>> JoinableEventsAsync(int personId)
    {
        var held = await db.Bookings.Where(b => b.PersonId == personId && PlaceHolders.Contains(b.State)).Select(b => b.ProgrammeEventId).ToListAsync();
        var delivered = await db.EventTrainers.Where(t => t.PersonId == personId).Select(t => t.ProgrammeEventId).ToListAsync();
        return held.Concat(delivered).ToHashSet();
    }

    /// <summary>Gives the person a new link; any old link stops working at once.</summary>
    public async Task ReplaceAsync(int personId)
    {
        var token = NewToken();
        var replaced = await db.CalendarFeeds.Where(f => f.PersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Token, token).SetProperty(f => f.CreatedAt, clock.GetUtcNow()));
        if (replaced > 0) return;
        db.CalendarFeeds.Add(new CalendarFeed { PersonId = personId, Token = token, CreatedAt = clock.GetUtcNow() });
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException) { /* A second request created the link first; theirs stands. */ }
    }

    private static string NewToken() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
