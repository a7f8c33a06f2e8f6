using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.Register.AttendanceTestData;

namespace TrainingHub.Tests.Pages.TrainingRecord;

public sealed class TrainingRecordTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/AccessDenied");

    private async Task<(Person Person, Booking Completed, Booking Missed, int PracticeId)> PersonWithTrainingAsync()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var person = await factory.Data.PersonAsync(practice.Id);
        var twoDays = await factory.EventWithSessionsAsync(factory.DaysAgo(20), days: 2);
        var oneDay = await factory.EventWithSessionsAsync(factory.DaysAgo(10));
        var completed = await factory.BookingAsync(twoDays.Id, person.Id, practice.Id, BookingState.Attended);
        var missed = await factory.BookingAsync(oneDay.Id, person.Id, practice.Id, BookingState.NoShow);
        await factory.WithDbAsync(async db =>
        {
            db.SessionAttendance.AddRange(twoDays.Sessions.Select(s => new SessionAttendance { BookingId = completed.Id, EventSessionId = s.Id, Present = true, MarkedAt = factory.Now() }));
            db.SessionAttendance.Add(new SessionAttendance { BookingId = missed.Id, EventSessionId = oneDay.Sessions[0].Id, Present = false, MarkedAt = factory.Now() });
            await db.SaveChangesAsync();
        });
        return (person, completed, missed, practice.Id);
    }

    [Fact]
    public async Task A_person_sees_their_own_bookings_attendance_at_each_session_and_completions()
    {
        var (person, completed, _, _) = await PersonWithTrainingAsync();
        var html = WebUtility.HtmlDecode(await factory.CreateClientFor(person.Id).GetPageAsync("/TrainingRecord"));

        Assert.Contains("Your training record", html);
        Assert.Contains($"/TrainingRecord/Certificate/{completed.Id}", html);
        Assert.Contains("Did not attend", html);
        Assert.Equal(2, html.Split(": present").Length - 1);
        Assert.Equal(1, html.Split(": absent").Length - 1);
    }

    [Fact]
    public async Task Another_attendee_or_a_trainer_cannot_open_someone_elses_record_or_certificate_by_changing_the_id()
    {
        var (person, completed, _, practiceId) = await PersonWithTrainingAsync();
        var colleague = await factory.Data.PersonAsync(practiceId);
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

        foreach (var other in new[] { colleague, trainer })
        {
            var client = factory.CreateClientFor(other.Id);
            Assert.True(IsRefused(await client.GetAsync($"/TrainingRecord/{person.Id}")));
            Assert.True(IsRefused(await client.GetAsync($"/TrainingRecord/Certificate/{completed.Id}")));
            Assert.DoesNotContain(person.FamilyName, await client.GetPageAsync("/TrainingRecord"));
        }
    }

    [Fact]
    public async Task A_lead_opens_anyones_record_and_certificate()
    {
        var (person, completed, _, _) = await PersonWithTrainingAsync();
        var lead = factory.CreateClientFor((await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);

        Assert.Contains(person.FullName, WebUtility.HtmlDecode(await lead.GetPageAsync($"/TrainingRecord/{person.Id}")));
        Assert.Contains(person.FullName, WebUtility.HtmlDecode(await lead.GetPageAsync($"/TrainingRecord/Certificate/{completed.Id}")));
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/TrainingRecord/999999")).StatusCode);
    }

    [Fact]
    public async Task The_certificate_is_a_printable_page_with_a_print_stylesheet_and_no_inline_style()
    {
        var (person, completed, _, _) = await PersonWithTrainingAsync();
        var client = factory.CreateClientFor(person.Id);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync($"/TrainingRecord/Certificate/{completed.Id}"));
        var css = await client.GetStringAsync("/css/certificate.css");

        Assert.Contains("Certificate of attendance", html);
        Assert.Contains(person.FullName, html);
        Assert.Contains("attended every session of", html);
        Assert.Contains("2 sessions", html);
        Assert.Contains("12 hours of training", html);
        Assert.Contains("/css/certificate.css", html);
        Assert.DoesNotContain("style=", html);
        Assert.DoesNotContain("<style", html);
        Assert.Contains("@media print", css);
        Assert.Contains("@page", css);
    }

    [Fact]
    public async Task A_certificate_is_refused_for_a_booking_that_is_not_completed_even_to_its_person()
    {
        var (person, _, missed, _) = await PersonWithTrainingAsync();
        var booked = await factory.BookingAsync((await factory.EventWithSessionsAsync(factory.Now().AddDays(3))).Id, person.Id);
        var client = factory.CreateClientFor(person.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/TrainingRecord/Certificate/{missed.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/TrainingRecord/Certificate/{booked.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/TrainingRecord/Certificate/999999")).StatusCode);
    }

    [Fact]
    public async Task A_practice_profile_shows_its_staffs_training()
    {
        var (person, _, _, practiceId) = await PersonWithTrainingAsync();
        var lead = factory.CreateClientFor((await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);

        var html = WebUtility.HtmlDecode(await lead.GetPageAsync($"/Practices/{practiceId}"));

        Assert.Contains("Staff training", html);
        Assert.Contains("<strong>1</strong> person has completed training (1 completed event)", html);
        Assert.Contains($"<a href=\"/TrainingRecord/{person.Id}\">{person.FullName}</a>", html);
        Assert.Contains("Did not attend", html);
    }
}
