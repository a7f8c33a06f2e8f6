using System.Text;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Calendars;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Calendars;

/// <summary>The calendar text Ical.Net writes for the portal, read raw and by two independent parsers.</summary>
public sealed class CalendarWriterTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 9, 1, 8, 0, 0, TimeSpan.Zero);

    private static CalendarEntry Entry(DateTimeOffset startsAt, TimeSpan length, string summary = "YOC training course", int sequence = 0, bool cancelled = false) =>
        new("traininghub-event-7-session-9", sequence, Stamp, startsAt, startsAt + length, summary, "Town Hall, Reading", "Year of Care", "https://traininghub.test/Events/Details/7", cancelled);

    private static CalendarInvitation Invitation(string method) =>
        new(method, "pcsp@programme.test", "PCSP programme team, Thames Valley", "amina@practice.test", "Amina O'Neil", method == CalendarInvitation.Request ? TimeSpan.FromMinutes(60) : null);

    /// <summary>Content lines with folding undone (RFC 5545 3.1), as a parser sees them.</summary>
    private static string[] Unfolded(string ics) => ics.Replace("\r\n ", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Text_escapes_backslashes_semicolons_commas_and_line_breaks()
    {
        // Ical.Net before 5.2.4 wrote a backslash unescaped, which a reader takes as the start of an escape.
        var ics = CalendarWriter.Write("Test", [Entry(Stamp.AddDays(30), TimeSpan.FromHours(2), "a\\b;c,d\ne")]);

        Assert.Contains(@"SUMMARY:a\\b\;c\,d\ne", Unfolded(ics));
        Assert.Equal("a\\b;c,d\ne", Assert.Single(Received.ParseIcsWithBoth(ics).GetProperty("events").EnumerateArray()).GetProperty("summary").GetString());
    }

    [Fact]
    public void Every_session_time_is_in_UK_time_with_its_zone_and_the_zone_is_in_the_file()
    {
        var july = new DateTimeOffset(2026, 7, 15, 8, 30, 0, TimeSpan.Zero);
        var ics = CalendarWriter.Write("Test", [Entry(july, TimeSpan.FromHours(7))]);
        var lines = Unfolded(ics);

        Assert.Contains("DTSTART;TZID=Europe/London:20260715T093000", lines);
        Assert.Contains("DTEND;TZID=Europe/London:20260715T163000", lines);
        Assert.Single(lines, l => l == "BEGIN:VTIMEZONE");
        Assert.Contains("TZID:Europe/London", lines);
        Assert.Contains("DTSTAMP:20260901T080000Z", lines);
        Assert.Contains("METHOD:PUBLISH", lines);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", ""));
        Assert.All(ics.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets: {l}"));
    }

    [Fact]
    public void A_session_across_the_October_clock_change_reads_as_the_same_instants_in_both_parsers()
    {
        // 00:30 BST to 03:00 GMT on Sunday 25 October 2026: 3½ hours, the clocks going back at 02:00 BST in between.
        var start = new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero);
        var ics = CalendarWriter.Write("Test", [Entry(start, TimeSpan.FromHours(3.5)), Entry(start.AddDays(1), TimeSpan.FromHours(1)) with { Uid = "second" }]);
        Assert.Contains("DTSTART;TZID=Europe/London:20261025T003000", Unfolded(ics));
        Assert.Contains("DTEND;TZID=Europe/London:20261025T030000", Unfolded(ics));

        foreach (var parsed in new[] { Received.ParseIcs(ics), Received.ParseIcsWithPython(ics) })
        {
            var events = parsed.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(2, events.Count);
            Assert.Equal(start, events[0].GetProperty("start").GetDateTimeOffset());
            Assert.Equal(start.AddHours(3.5), events[0].GetProperty("end").GetDateTimeOffset());
            Assert.Equal(start.AddDays(1), events[1].GetProperty("start").GetDateTimeOffset());
            Assert.Equal("Europe/London", events[0].GetProperty("startZone").GetString());
        }
    }

    [Fact]
    public void An_invitation_names_the_organiser_and_the_attendee_and_carries_an_alarm()
    {
        var ics = CalendarWriter.Write("Test", [Entry(Stamp.AddDays(30), TimeSpan.FromHours(6), sequence: 2)], Invitation(CalendarInvitation.Request));

        var parsed = Received.ParseIcsWithBoth(ics);
        Assert.Equal("REQUEST", parsed.GetProperty("method").GetString());
        var entry = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal(2, entry.GetProperty("sequence").GetInt32());
        Assert.Equal("mailto:pcsp@programme.test", entry.GetProperty("organizer").GetString());
        Assert.Equal("mailto:amina@practice.test", Assert.Single(entry.GetProperty("attendees").EnumerateArray()).GetString());
        Assert.Equal("ACCEPTED", Assert.Single(entry.GetProperty("partstats").EnumerateArray()).GetString());
        Assert.Equal("-PT60M", Assert.Single(entry.GetProperty("alarms").EnumerateArray()).GetString());
        Assert.Contains(Unfolded(ics), l => l.StartsWith("ATTENDEE;", StringComparison.Ordinal) && l.Contains("RSVP=FALSE") && l.Contains("CN=Amina O'Neil"));
        Assert.Contains(Unfolded(ics), l => l.StartsWith("ORGANIZER;CN=\"PCSP programme team, Thames Valley\":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cancellation_is_the_same_uid_cancelled_without_an_alarm()
    {
        var ics = CalendarWriter.Write("Test", [Entry(Stamp.AddDays(30), TimeSpan.FromHours(6), sequence: 3, cancelled: true)], Invitation(CalendarInvitation.Cancel));

        var parsed = Received.ParseIcsWithBoth(ics);
        Assert.Equal("CANCEL", parsed.GetProperty("method").GetString());
        var entry = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal("traininghub-event-7-session-9", entry.GetProperty("uid").GetString());
        Assert.Equal("CANCELLED", entry.GetProperty("status").GetString());
        Assert.Equal(3, entry.GetProperty("sequence").GetInt32());
        Assert.Equal(0, entry.GetProperty("alarms").GetArrayLength());
    }
}
