using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using TrainingHub.Web.Domain.Events;
using IcalStatus = Ical.Net.EventStatus;

namespace TrainingHub.Web.Calendars;

/// <summary>
/// Writes iCalendar (RFC 5545) with Ical.Net: every session time in UK time with TZID=Europe/London and the
/// zone's VTIMEZONE in the file (Outlook on NHSmail places a time without one in its own zone), PUBLISH for
/// files and feeds, REQUEST or CANCEL with organiser, attendee and alarm for invitations.
/// </summary>
public static class CalendarWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ProductId = "-//TrainingHub//Programme events//EN";
    private static readonly string ZoneId = LondonTime.Zone.Id;

    public static string Write(string calendarName, IEnumerable<CalendarEntry> entries, CalendarInvitation? invitation = null)
    {
        var list = entries.ToList();
        var calendar = new Calendar { ProductId = ProductId, Scale = "GREGORIAN", Method = invitation?.Method ?? CalendarInvitation.Publish };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        if (list.Count > 0)
            calendar.AddTimeZone(ZoneId, LondonTime.ToLocal(list.Min(e => e.StartsAt)).Date.AddDays(-1), includeHistoricalData: false);
        foreach (var entry in list) calendar.Events.Add(EventFor(entry, invitation));
        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    private static CalendarEvent EventFor(CalendarEntry entry, CalendarInvitation? invitation)
    {
        var vevent = new CalendarEvent
        {
            Uid = entry.Uid,
            Sequence = entry.Sequence,
            DtStamp = new CalDateTime(entry.Stamp.UtcDateTime, "UTC"),
            DtStart = InLondon(entry.StartsAt),
            DtEnd = InLondon(entry.EndsAt),
            Summary = entry.Summary,
            Status = entry.Cancelled ? IcalStatus.Cancelled : IcalStatus.Confirmed,
        };
        if (!string.IsNullOrWhiteSpace(entry.Location)) vevent.Location = entry.Location;
        if (!string.IsNullOrWhiteSpace(entry.Description)) vevent.Description = entry.Description;
        if (!string.IsNullOrWhiteSpace(entry.Url)) vevent.Url = new Uri(entry.Url);
        if (invitation is not null) AddInvitation(vevent, invitation, entry);
        return vevent;
    }

    /// <summary>The UK wall-clock time of an instant, labelled with its zone, so a reader converts it back exactly.</summary>
    public static CalDateTime InLondon(DateTimeOffset instant) =>
        new CalDateTime(instant.UtcDateTime, "UTC").ToTimeZone(ZoneId);

    private static void AddInvitation(CalendarEvent vevent, CalendarInvitation invitation, CalendarEntry entry)
    {
        vevent.Organizer = new Organizer("mailto:" + invitation.OrganiserEmail) { CommonName = invitation.OrganiserName };
        // The place was booked in the portal, so there is nothing to accept: no RSVP, and a reply from a calendar
        // (which would not change the booking) is not asked for.
        vevent.Attendees.Add(new Attendee("mailto:" + invitation.AttendeeEmail)
        {
            CommonName = invitation.AttendeeName,
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = invitation.Method == CalendarInvitation.Cancel ? EventParticipationStatus.Declined : EventParticipationStatus.Accepted,
            Rsvp = false,
        });
        if (invitation.AlarmBefore is not { } before || entry.Cancelled) return;
        vevent.Alarms.Add(new Alarm
        {
            Action = AlarmAction.Display,
            Description = entry.Summary,
            Trigger = new Trigger(-Duration.FromMinutes((int)before.TotalMinutes)),
        });
    }
}
