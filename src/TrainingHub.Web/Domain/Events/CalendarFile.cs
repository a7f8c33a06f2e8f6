using System.Globalization;
using System.Text;

namespace TrainingHub.Web.Domain.Events;

/// <summary>One session as a calendar entry. Uid must stay the same for the life of the session.</summary>
public sealed record CalendarEntry(
    string Uid, int Sequence, DateTimeOffset Stamp, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string Summary, string? Location, string? Description, string? Url, bool Cancelled);

/// <summary>
/// What makes a calendar file an invitation (RFC 5546 iTIP): REQUEST to add or update, CANCEL to remove;
/// the organiser is the programme's mailbox, the attendee the person invited; an alarm reminds them before.
/// </summary>
public sealed record CalendarInvitation(
    string Method, string OrganiserEmail, string OrganiserName, string AttendeeEmail, string AttendeeName, TimeSpan? AlarmBefore)
{
    public const string Request = "REQUEST";
    public const string Cancel = "CANCEL";
}

/// <summary>
/// Writes RFC 5545 iCalendar text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character,
/// TEXT values escaped, and times in UTC so no VTIMEZONE is needed.
/// </summary>
public static class CalendarFile
{
    private const int MaxOctets = 75;

    public static string Write(string calendarName, IEnumerable<CalendarEntry> entries, CalendarInvitation? invitation = null)
    {
        var text = new StringBuilder();
        void Line(string content) => text.Append(Fold(content)).Append("\r\n");
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//TrainingHub//Programme events//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:" + (invitation?.Method ?? "PUBLISH"));
        Line("X-WR-CALNAME:" + Escape(calendarName));
        foreach (var entry in entries)
        {
            Line("BEGIN:VEVENT");
            Line("UID:" + entry.Uid);
            Line("SEQUENCE:" + entry.Sequence.ToString(CultureInfo.InvariantCulture));
            Line("DTSTAMP:" + Utc(entry.Stamp));
            Line("DTSTART:" + Utc(entry.StartsAt));
            Line("DTEND:" + Utc(entry.EndsAt));
            Line("SUMMARY:" + Escape(entry.Summary));
            if (!string.IsNullOrWhiteSpace(entry.Location)) Line("LOCATION:" + Escape(entry.Location));
            if (!string.IsNullOrWhiteSpace(entry.Description)) Line("DESCRIPTION:" + Escape(entry.Description));
            if (!string.IsNullOrWhiteSpace(entry.Url)) Line("URL:" + entry.Url);
            Line("STATUS:" + (entry.Cancelled ? "CANCELLED" : "CONFIRMED"));
            if (invitation is not null) WriteInvitation(Line, invitation, entry);
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return text.ToString();
    }

    private static void WriteInvitation(Action<string> line, CalendarInvitation invitation, CalendarEntry entry)
    {
        line($"ORGANIZER;CN={Quoted(invitation.OrganiserName)}:mailto:{invitation.OrganiserEmail}");
        var status = invitation.Method == CalendarInvitation.Cancel ? "DECLINED" : "ACCEPTED";
        line($"ATTENDEE;CN={Quoted(invitation.AttendeeName)};ROLE=REQ-PARTICIPANT;PARTSTAT={status}:mailto:{invitation.AttendeeEmail}");
        if (invitation.AlarmBefore is not { } before || entry.Cancelled) return;
        line("BEGIN:VALARM");
        line("ACTION:DISPLAY");
        line("DESCRIPTION:" + Escape(entry.Summary));
        line($"TRIGGER:-PT{(int)before.TotalMinutes}M");
        line("END:VALARM");
    }

    /// <summary>A parameter value in double quotes (RFC 5545 3.2), which may not itself hold a double quote.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\"", "'") + "\"";

    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks.</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,")
        .Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>Folds a content line (RFC 5545 3.1): at most 75 octets a line, continuations start with a space.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder();
        var octets = 0;
        var limit = MaxOctets;
        var elements = StringInfo.GetTextElementEnumerator(line);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var size = Encoding.UTF8.GetByteCount(element);
            if (octets + size > limit)
            {
                folded.Append("\r\n ");
                octets = 0;
                limit = MaxOctets - 1;
            }
            folded.Append(element);
            octets += size;
        }
        return folded.ToString();
    }
}
