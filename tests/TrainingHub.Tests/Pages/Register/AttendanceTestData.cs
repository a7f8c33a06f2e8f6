using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Pages.Register;

/// <summary>Events with sessions and bookings straight into the database (booking itself is another feature's pages).</summary>
public static partial class AttendanceTestData
{
    /// <summary>An event of <paramref name="days"/> six-hour sessions, one a day, the first starting at <paramref name="firstStart"/>.</summary>
    public static Task<ProgrammeEvent> EventWithSessionsAsync(this PortalFactory factory, DateTimeOffset firstStart, int days = 1,
        int? trainerId = null, EventStatus status = EventStatus.Published) => factory.WithDbAsync(async db =>
    {
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = $"YOC training course {Guid.NewGuid().ToString("N")[..6]}", VenueName = "Town Hall, Reading",
            Capacity = 60, Status = status, CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
            Sessions = Enumerable.Range(0, days)
                .Select(d => new EventSession { StartsAt = firstStart.AddDays(d), EndsAt = firstStart.AddDays(d).AddHours(6) }).ToList(),
        };
        if (trainerId is { } id) e.Trainers.Add(new EventTrainer { PersonId = id, Role = TrainerRole.Lead });
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    public static Task<Booking> BookingAsync(this PortalFactory factory, int eventId, int personId, int? practiceId = null,
        BookingState state = BookingState.Booked, bool lateCancellation = false) => factory.WithDbAsync(async db =>
    {
        var now = factory.Now();
        var booking = TestBookings.In(state, eventId, personId, now.AddDays(-10), practiceId, movedAt: now.AddDays(-1), late: lateCancellation);
        db.Bookings.Add(booking);
        await db.SaveChangesAsync();
        return booking;
    });

    /// <summary>The whole-register form: everyone listed, and the ticked ones present.</summary>
    public static IEnumerable<KeyValuePair<string, string>> RegisterFields(IEnumerable<int> listed, IEnumerable<int> present) =>
        listed.Select(id => new KeyValuePair<string, string>("Input.Listed", id.ToString()))
            .Concat(present.Select(id => new KeyValuePair<string, string>("Input.Present", id.ToString())));

    /// <summary>Some days before the portal's now (its test clock's, when it has one).</summary>
    public static DateTimeOffset DaysAgo(this PortalFactory factory, int days) => factory.Now().AddDays(-days);

    /// <summary>The check-in code as the page shows it in the room.</summary>
    public static async Task<string> ShownCodeAsync(this HttpClient client, int sessionId)
    {
        var html = await client.GetPageAsync($"/Register/Code/{sessionId}");
        return CodePattern().Match(html).Groups[1].Value;
    }

    public static async Task<string> TextAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("class=\"th-check-in-code\"[^>]*>([A-Z0-9]+)<")]
    private static partial Regex CodePattern();
}
