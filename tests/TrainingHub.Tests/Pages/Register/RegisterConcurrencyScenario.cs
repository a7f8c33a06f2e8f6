using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.Register.AttendanceTestData;

namespace TrainingHub.Tests.Pages.Register;

/// <summary>
/// A lead and a trainer take the last day's register of a two-day event at the same moment, each saving the whole
/// register and marking people one by one at the door, all at once. Whatever the order the database takes them
/// in: no errors, one mark per person for the day, and every booking in the state its marks say. Run on each provider.
/// </summary>
public static class RegisterConcurrencyScenario
{
    private const int People = 12;

    public static async Task RunAsync(PortalFactory factory)
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(2), days: 2, trainerId: trainer.Id);
        var (day1, day2) = (e.Sessions[0].Id, e.Sessions[1].Id);
        var bookings = new List<int>();
        for (var i = 0; i < People; i++) bookings.Add((await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync()).Id)).Id);
        await factory.WithDbAsync(db =>
        {
            db.SessionAttendance.AddRange(bookings.Select(b => new SessionAttendance { BookingId = b, EventSessionId = day1, Present = true, MarkedAt = factory.Now() }));
            return db.SaveChangesAsync();
        });
        var url = $"/Register/Session/{day2}";
        var clients = new[] { factory.CreateClientFor(lead.Id), factory.CreateClientFor(trainer.Id) };
        var tokens = await Task.WhenAll(clients.Select(async c => Forms.AntiforgeryToken(await c.GetPageAsync(url))));

        var posts = new List<Task<HttpResponseMessage>>();
        for (var round = 0; round < 3; round++)
        {
            posts.Add(Post(clients[0], tokens[0], url, RegisterFields(bookings, bookings.Skip(3))));
            posts.Add(Post(clients[1], tokens[1], url, RegisterFields(bookings, bookings.SkipLast(3))));
            foreach (var (booking, i) in bookings.Select((b, i) => (b, i)))
                posts.Add(Post(clients[i % 2], tokens[i % 2], url + "?handler=Mark", [new("bookingId", booking.ToString()), new("present", (i % 3 != 0).ToString().ToLowerInvariant())]));
        }
        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var saved = await factory.WithDbAsync(db => db.Bookings.Include(b => b.Attendance).Include(b => b.Transitions)
            .Where(b => b.ProgrammeEventId == e.Id).AsNoTracking().ToListAsync());
        Assert.Equal(People, saved.Count);
        foreach (var booking in saved)
        {
            Assert.Equal(2, booking.Attendance.Count);
            var presentOnDay2 = booking.Attendance.Single(a => a.EventSessionId == day2).Present;
            Assert.Equal(presentOnDay2 ? BookingState.Attended : BookingState.NoShow, booking.State);
            Assert.Equal(presentOnDay2, booking.CompletedAt is not null);
            Assert.Equal(booking.State, booking.Transitions.OrderBy(t => t.Id).Last().To);
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string token, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
}
