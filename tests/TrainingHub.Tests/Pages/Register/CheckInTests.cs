using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Attendance;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.Register.AttendanceTestData;

namespace TrainingHub.Tests.Pages.Register;

public sealed class CheckInTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private async Task<(int SessionId, string Code, int EventId)> SessionWithCodeAsync(DateTimeOffset startsAt)
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var e = await factory.EventWithSessionsAsync(startsAt, trainerId: trainer.Id);
        var code = await factory.CreateClientFor(trainer.Id).ShownCodeAsync(e.Sessions[0].Id);
        Assert.Matches("^[A-Z2-9]{6}$", code);
        return (e.Sessions[0].Id, code, e.Id);
    }

    private static Task<HttpResponseMessage> CheckInAsync(HttpClient client, string code) =>
        client.PostFormAsync("/Register/CheckIn", new { Input__Code = code });

    [Fact]
    public async Task A_booked_attendee_checks_in_with_the_code_shown_in_the_room_while_the_session_runs()
    {
        var (sessionId, code, eventId) = await SessionWithCodeAsync(factory.Now().AddHours(-1));
        var person = await factory.Data.PersonAsync();
        var booking = await factory.BookingAsync(eventId, person.Id);
        var client = factory.CreateClientFor(person.Id);

        var response = await CheckInAsync(client, $" {code[..3].ToLowerInvariant()} {code[3..]} ");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("You are checked in to", await client.GetPageAsync("/Register/CheckIn"));
        var mark = await factory.WithDbAsync(db => db.SessionAttendance.AsNoTracking().SingleAsync());
        Assert.Equal((booking.Id, sessionId, true, true, person.Id), (mark.BookingId, mark.EventSessionId, mark.Present, mark.SelfCheckedIn, mark.MarkedById));
        // Checked in while the session still runs completes nothing yet: completion waits for the end.
        Assert.Equal(BookingState.Booked, await factory.WithDbAsync(db => db.Bookings.Where(b => b.Id == booking.Id).Select(b => b.State).SingleAsync()));
        Assert.Contains("Present (checked in)", await factory.CreateClientFor(
            (await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id).GetPageAsync($"/Register/Session/{sessionId}"));
    }

    [Fact]
    public async Task Someone_not_booked_on_the_event_cannot_check_in()
    {
        var (_, code, eventId) = await SessionWithCodeAsync(factory.Now().AddHours(-1));
        var cancelled = await factory.Data.PersonAsync();
        await factory.BookingAsync(eventId, cancelled.Id, state: BookingState.Cancelled);
        var stranger = await factory.Data.PersonAsync();

        foreach (var person in new[] { cancelled, stranger })
        {
            var response = await CheckInAsync(factory.CreateClientFor(person.Id), code);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Only people booked on this event can check in", await response.TextAsync());
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Theory]
    [InlineData(2, "Check-in opens at ")]
    [InlineData(-8, "This session has ended")]
    public async Task A_booked_attendee_cannot_check_in_outside_the_session(int startsInHours, string message)
    {
        var (_, code, eventId) = await SessionWithCodeAsync(factory.Now().AddHours(startsInHours));
        var person = await factory.Data.PersonAsync();
        await factory.BookingAsync(eventId, person.Id);

        var response = await CheckInAsync(factory.CreateClientFor(person.Id), code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Theory]
    [InlineData("ZZZZZZ", "The code does not match the one shown in the room")]
    [InlineData("", "Enter the code shown in the room")]
    public async Task A_wrong_or_missing_code_is_refused_with_what_was_typed_kept(string typed, string message)
    {
        var (_, _, eventId) = await SessionWithCodeAsync(factory.Now().AddHours(-1));
        var person = await factory.Data.PersonAsync();
        await factory.BookingAsync(eventId, person.Id);

        var response = await CheckInAsync(factory.CreateClientFor(person.Id), typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_Code", message);
        var input = page.GetElementById("Input_Code")!;
        Assert.Contains("nhsuk-input--error", input.ClassList);
        Assert.Equal("Input_Code-hint Input_Code-error", input.GetAttribute("aria-describedby"));
        Assert.Equal(typed.Length > 0 ? typed : null, input.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Fact]
    public async Task A_code_for_a_session_of_a_cancelled_event_checks_nobody_in()
    {
        var e = await factory.EventWithSessionsAsync(factory.Now().AddHours(-1), status: EventStatus.Cancelled);
        var person = await factory.Data.PersonAsync();
        await factory.BookingAsync(e.Id, person.Id);
        await factory.WithDbAsync(db =>
        {
            db.SessionCheckInCodes.Add(new SessionCheckInCode { EventSessionId = e.Sessions[0].Id, Code = "K7PM2Q", CreatedAt = factory.Now() });
            return db.SaveChangesAsync();
        });

        var response = await CheckInAsync(factory.CreateClientFor(person.Id), "K7PM2Q");

        Assert.Contains("The code does not match the one shown in the room", await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Fact]
    public async Task The_code_for_a_session_stays_the_same_however_often_it_is_shown()
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var e = await factory.EventWithSessionsAsync(factory.Now(), days: 2, trainerId: trainer.Id);
        var client = factory.CreateClientFor(trainer.Id);

        var shown = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => client.ShownCodeAsync(e.Sessions[0].Id)));
        var otherDay = await client.ShownCodeAsync(e.Sessions[1].Id);

        Assert.Single(shown.Distinct());
        Assert.NotEqual(shown[0], otherDay);
        Assert.Equal(2, await factory.WithDbAsync(db => db.SessionCheckInCodes.CountAsync()));
    }
}
