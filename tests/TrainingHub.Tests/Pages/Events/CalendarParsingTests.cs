using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>
/// The .ics files the portal serves, read by two independent iCalendar parsers that must agree: ical.js (tests/node)
/// and Debian's python3-icalendar (both installed by tests/run-all.sh).
/// </summary>
public sealed class CalendarParsingTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private static JsonElement Parse(string ics) => Received.ParseIcsWithBoth(ics);

    [Fact]
    public async Task An_events_calendar_file_parses_with_its_sessions_in_UTC_and_its_text_intact()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var start = new DateTimeOffset(factory.Today().Year + 1, 3, 30, 8, 30, 0, TimeSpan.Zero);
        var e = await factory.EventAsync(EventStatus.Published, start);
        var title = "Topic session; low mood, psychological issues \\ and a very long title that certainly needs folding – café";
        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Title, title)));

        var response = await factory.CreateClientFor(lead.Id).GetAsync($"/Events/Calendar/{e.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = Parse(await response.Content.ReadAsStringAsync());

        var vevent = Assert.Single(parsed.GetProperty("events").EnumerateArray());
        Assert.Equal(title, vevent.GetProperty("summary").GetString());
        Assert.Equal(start.UtcDateTime, vevent.GetProperty("start").GetDateTime().ToUniversalTime());
        Assert.Equal("CONFIRMED", vevent.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancelling_keeps_the_uid_bumps_the_sequence_and_marks_the_entry_cancelled()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await factory.EventAsync(EventStatus.Published);
        var client = factory.CreateClientFor(lead.Id);
        var before = Assert.Single(Parse(await client.GetStringAsync($"/Events/Calendar/{e.Id}")).GetProperty("events").EnumerateArray());

        await client.PostFormAsync($"/Events/Cancel/{e.Id}", new { Sequence = 0, CancellationReason = "Trainer unwell, rebooking" });
        var after = Assert.Single(Parse(await client.GetStringAsync($"/Events/Calendar/{e.Id}")).GetProperty("events").EnumerateArray());

        Assert.Equal(before.GetProperty("uid").GetString(), after.GetProperty("uid").GetString());
        Assert.True(after.GetProperty("sequence").GetInt32() > before.GetProperty("sequence").GetInt32());
        Assert.Equal("CANCELLED", after.GetProperty("status").GetString());
        Assert.Contains("Trainer unwell, rebooking", after.GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_trainers_feed_parses_with_each_delivery_in_UK_time_including_one_across_the_October_clock_change()
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.Trainer);
        // 00:30 BST to 03:00 GMT on Sunday 25 October: the clocks go back in the middle of the session.
        var acrossTheChange = new DateTimeOffset(2026, 10, 24, 23, 30, 0, TimeSpan.Zero);
        var summer = new DateTimeOffset(2026, 7, 15, 8, 30, 0, TimeSpan.Zero);
        var october = await factory.EventAsync(EventStatus.Published, acrossTheChange, trainer.Id);
        await factory.WithDbAsync(db => db.EventSessions.Where(s => s.ProgrammeEventId == october.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndsAt, acrossTheChange.AddHours(3.5))));
        await factory.EventAsync(EventStatus.Published, summer, trainer.Id);
        await factory.CreateClientFor(trainer.Id).PostFormAsync("/Calendar", new { });
        var token = await factory.WithDbAsync(db => db.CalendarFeeds.Where(f => f.PersonId == trainer.Id).Select(f => f.Token).SingleAsync());

        var feed = await factory.CreateAnonymousClient().GetStringAsync($"/Calendar/Feed/{token}");
        var parsed = Parse(feed);

        Assert.Equal("PUBLISH", parsed.GetProperty("method").GetString());
        Assert.Equal(["Europe/London"], parsed.GetProperty("zones").EnumerateArray().Select(z => z.GetString()));
        var events = parsed.GetProperty("events").EnumerateArray().OrderBy(e => e.GetProperty("start").GetDateTimeOffset()).ToList();
        Assert.Equal(2, events.Count);
        Assert.Equal((summer, summer.AddHours(6)), (events[0].GetProperty("start").GetDateTimeOffset(), events[0].GetProperty("end").GetDateTimeOffset()));
        Assert.Equal((acrossTheChange, acrossTheChange.AddHours(3.5)), (events[1].GetProperty("start").GetDateTimeOffset(), events[1].GetProperty("end").GetDateTimeOffset()));
        Assert.All(events, e => Assert.Equal("Europe/London", e.GetProperty("startZone").GetString()));
        // What the portal shows for the session, in UK time, is what the calendar holds.
        Assert.Equal("Sunday 25 October 2026, 00:30 to 03:00 GMT", LondonTime.Describe(acrossTheChange, acrossTheChange.AddHours(3.5)));
        Assert.Contains("DTSTART;TZID=Europe/London:20261025T003000", feed.Replace("\r\n ", ""));
    }
}
