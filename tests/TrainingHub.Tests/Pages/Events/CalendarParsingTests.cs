using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>The .ics files read by ical.js, a real iCalendar parser (tests/node, installed by tests/run-all.sh).</summary>
public sealed class CalendarParsingTests : IDisposable
{
    private readonly PortalFactory factory = new();

    public void Dispose() => factory.Dispose();

    private static JsonElement Parse(string ics)
    {
        var nodeDir = NodeTests.Folder;
        var file = Path.Combine(Path.GetTempPath(), $"traininghub-{Guid.NewGuid():N}.ics");
        File.WriteAllText(file, ics);
        try
        {
            var start = new ProcessStartInfo("node", ["parse-ics.mjs", file]) { WorkingDirectory = nodeDir, RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"ical.js could not parse the file: {error}");
            return JsonDocument.Parse(output).RootElement;
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task An_events_calendar_file_parses_with_its_sessions_in_UTC_and_its_text_intact()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var start = new DateTimeOffset(DateTime.UtcNow.Year + 1, 3, 30, 8, 30, 0, TimeSpan.Zero);
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

        await client.PostFormAsync($"/Events/Manage/{e.Id}", new { Sequence = 0, CancellationReason = "Trainer unwell, rebooking" }, $"/Events/Manage/{e.Id}?handler=Cancel");
        var after = Assert.Single(Parse(await client.GetStringAsync($"/Events/Calendar/{e.Id}")).GetProperty("events").EnumerateArray());

        Assert.Equal(before.GetProperty("uid").GetString(), after.GetProperty("uid").GetString());
        Assert.True(after.GetProperty("sequence").GetInt32() > before.GetProperty("sequence").GetInt32());
        Assert.Equal("CANCELLED", after.GetProperty("status").GetString());
        Assert.Contains("Trainer unwell, rebooking", after.GetProperty("description").GetString());
    }
}
