using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Calendars;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Events as calendar entries: one per session, with a UID that lasts as long as the session does.</summary>
public sealed class EventCalendar
{
    public const string ContentType = CalendarWriter.ContentType;

    /// <param name="showsJoiningLink">Which events' joining links the reader may see (those they hold a place on or deliver); all when null.</param>
    public async Task<string> WriteAsync(string calendarName, IQueryable<EventSession> sessionsToShow, string detailsBaseUrl,
        Func<int, bool>? showsJoiningLink = null) =>
        CalendarWriter.Write(calendarName, await EntriesAsync(sessionsToShow, detailsBaseUrl, showsJoiningLink));

    public async Task<IReadOnlyList<CalendarEntry>> EntriesAsync(IQueryable<EventSession> sessionsToShow, string detailsBaseUrl,
        Func<int, bool>? showsJoiningLink = null)
    {
        var sessions = await sessionsToShow.AsNoTracking()
            .Select(s => new
            {
                EventId = s.ProgrammeEventId, SessionId = s.Id, s.ProgrammeEvent!.Title, Type = s.ProgrammeEvent.EventType!.Name,
                s.ProgrammeEvent.Sequence, s.ProgrammeEvent.UpdatedAt, s.StartsAt, s.EndsAt, s.ProgrammeEvent.IsOnline,
                s.ProgrammeEvent.VenueName, s.ProgrammeEvent.VenueAddress, s.ProgrammeEvent.JoiningLink, s.ProgrammeEvent.Status,
                s.ProgrammeEvent.CancellationReason,
            })
            .ToListAsync();
        var entries = sessions.OrderBy(s => s.StartsAt).Select(s => new CalendarEntry(
            Uid: $"traininghub-event-{s.EventId}-session-{s.SessionId}",
            Sequence: s.Sequence, Stamp: s.UpdatedAt, StartsAt: s.StartsAt, EndsAt: s.EndsAt,
            Summary: s.Title,
            Location: VenueText.Of(s.IsOnline, s.VenueName, s.VenueAddress),
            Description: s.Status == EventStatus.Cancelled ? $"Cancelled: {s.CancellationReason}" : $"{s.Type}{(s.IsOnline && s.JoiningLink is not null && (showsJoiningLink?.Invoke(s.EventId) ?? true) ? $"\nJoin online: {s.JoiningLink}" : "")}",
            Url: $"{detailsBaseUrl}/Events/Details/{s.EventId}",
            Cancelled: s.Status == EventStatus.Cancelled));
        return entries.ToList();
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
