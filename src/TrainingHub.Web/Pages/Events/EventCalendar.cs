using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Pages.Events;

/// <summary>Events as calendar entries: one per session, with a UID that lasts as long as the session does.</summary>
public sealed class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public async Task<string> WriteAsync(string calendarName, IQueryable<ProgrammeEvent> events, string detailsBaseUrl)
    {
        var sessions = await events.AsNoTracking()
            .SelectMany(e => e.Sessions.Select(s => new
            {
                EventId = e.Id, SessionId = s.Id, e.Title, Type = e.EventType!.Name, e.Sequence, e.UpdatedAt, s.StartsAt, s.EndsAt,
                e.IsOnline, e.VenueName, e.VenueAddress, e.JoiningLink, e.Status, e.CancellationReason,
            }))
            .ToListAsync();
        var entries = sessions.OrderBy(s => s.StartsAt).Select(s => new CalendarEntry(
            Uid: $"traininghub-event-{s.EventId}-session-{s.SessionId}",
            Sequence: s.Sequence, Stamp: s.UpdatedAt, StartsAt: s.StartsAt, EndsAt: s.EndsAt,
            Summary: s.Title,
            Location: s.IsOnline ? "Online" : string.Join(", ", new[] { s.VenueName, s.VenueAddress }.Where(v => !string.IsNullOrWhiteSpace(v))),
            Description: s.Status == EventStatus.Cancelled ? $"Cancelled: {s.CancellationReason}" : $"{s.Type}{(s.IsOnline && s.JoiningLink is not null ? $"\nJoin online: {s.JoiningLink}" : "")}",
            Url: $"{detailsBaseUrl}/Events/Details/{s.EventId}",
            Cancelled: s.Status == EventStatus.Cancelled));
        return CalendarFile.Write(calendarName, entries);
    }

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
