using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.Register.AttendanceTestData;

namespace TrainingHub.Tests.Pages.Register;

public sealed class WalkInTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> TrainerAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private static Task<HttpResponseMessage> AddAsync(HttpClient client, int sessionId, int personId) =>
        client.PostFormAsync($"/Register/WalkIn/{sessionId}", [new("personId", personId.ToString())], $"/Register/WalkIn/{sessionId}?handler=Add");

    private static IEnumerable<KeyValuePair<string, string>> NewPerson(string given, string family, string email, string? practice, string? role) =>
    [
        new("Input.GivenName", given), new("Input.FamilyName", family), new("Input.Email", email),
        new("Workplace.Practice", practice ?? ""), new("Workplace.Role", role ?? ""),
    ];

    [Fact]
    public async Task A_trainer_finds_someone_by_their_practice_and_adds_them_to_a_full_event_as_a_walk_in_who_then_completes_it()
    {
        var trainer = await TrainerAsync();
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id, name: "KENNET VALLEY SURGERY");
        var walker = await factory.Data.PersonAsync(practice.Id);
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 1)));
        await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync()).Id);
        var client = factory.CreateClientFor(trainer.Id);
        var session = e.Sessions[0].Id;

        var found = PageHtml.Parse(await client.GetPageAsync($"/Register/WalkIn/{session}?q=kennet valley"));
        var rows = found.QuerySelectorAll("#people-found tbody tr");
        Assert.Single(rows);
        Assert.Contains(walker.FullName, rows[0].TextContent);
        Assert.Contains("Kennet Valley Surgery", rows[0].TextContent);
        Assert.Contains("No place", rows[0].TextContent);

        var response = await AddAsync(client, session, walker.Id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var register = PageHtml.Parse(await client.GetPageAsync(response.Headers.Location!.OriginalString));
        Assert.Equal($"{walker.FullName} added as a walk-in and marked present.", register.TextOf(".nhsuk-notification-banner__heading"));
        var line = Assert.Single(register.QuerySelectorAll(".th-register__person"), li => li.TextContent.Contains(walker.FullName));
        Assert.Equal("Walk-in", line.QuerySelector(".th-walk-in")?.TextContent);
        Assert.Equal("Present", line.QuerySelector(".nhsuk-tag--green")?.TextContent);
        var booking = await factory.WithDbAsync(db => db.Bookings.Include(b => b.Attendance).AsNoTracking()
            .SingleAsync(b => b.ProgrammeEventId == e.Id && b.PersonId == walker.Id));
        Assert.Equal(trainer.Id, booking.WalkInById);
        Assert.NotNull(booking.WalkInAt);
        Assert.Equal(practice.Id, booking.PracticeId);
        Assert.True(Assert.Single(booking.Attendance).Present);
        // The event's only session has ended, so present there completes it, as it does for anyone booked.
        Assert.Equal(BookingState.Attended, booking.State);
        Assert.NotNull(booking.CompletedAt);
    }

    [Fact]
    public async Task Someone_found_by_name_or_email_on_the_waiting_list_takes_up_their_place_and_the_line_closes_up()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await factory.EventWithSessionsAsync(factory.Now().AddHours(-1));
        var first = await factory.Data.PersonAsync();
        var second = await factory.Data.PersonAsync();
        var waiting1 = await factory.BookingAsync(e.Id, first.Id, state: BookingState.Waitlisted);
        var waiting2 = await factory.BookingAsync(e.Id, second.Id, state: BookingState.Waitlisted);
        await factory.WithDbAsync(async db =>
        {
            await db.Bookings.Where(b => b.Id == waiting1.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.WaitingPosition, 1));
            await db.Bookings.Where(b => b.Id == waiting2.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.WaitingPosition, 2));
        });
        var client = factory.CreateClientFor(lead.Id);
        var session = e.Sessions[0].Id;

        var byName = PageHtml.Parse(await client.GetPageAsync($"/Register/WalkIn/{session}?q={Uri.EscapeDataString(first.FullName.ToUpperInvariant())}"));
        Assert.Contains("On the waiting list", Assert.Single(byName.QuerySelectorAll("#people-found tbody tr")).TextContent);
        var byEmail = PageHtml.Parse(await client.GetPageAsync($"/Register/WalkIn/{session}?q={first.WorkEmail.Split('@')[0]}"));
        Assert.Contains(first.WorkEmail, Assert.Single(byEmail.QuerySelectorAll("#people-found tbody tr")).TextContent);

        Assert.Equal(HttpStatusCode.Redirect, (await AddAsync(client, session, first.Id)).StatusCode);

        var bookings = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.ProgrammeEventId == e.Id).OrderBy(b => b.Id).ToListAsync());
        Assert.Equal(2, bookings.Count);
        Assert.Equal((BookingState.Booked, (int?)null, (int?)lead.Id), (bookings[0].State, bookings[0].WaitingPosition, bookings[0].WalkInById));
        Assert.Equal((BookingState.Waitlisted, (int?)1), (bookings[1].State, bookings[1].WaitingPosition));
    }

    [Fact]
    public async Task Someone_who_already_has_a_place_is_refused_with_the_reason_and_nothing_changes()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var booked = await factory.Data.PersonAsync();
        await factory.BookingAsync(e.Id, booked.Id);
        var client = factory.CreateClientFor(trainer.Id);

        var response = await AddAsync(client, e.Sessions[0].Id, booked.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Equal($"{booked.FullName} already has a place on this event: mark them present on the register",
            page.TextOf(".nhsuk-error-summary__list li").Trim());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Bookings.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Fact]
    public async Task Nobody_is_added_before_the_session_starts()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.Now().AddDays(3), trainerId: trainer.Id);
        var person = await factory.Data.PersonAsync();

        var response = await AddAsync(factory.CreateClientFor(trainer.Id), e.Sessions[0].Id, person.Id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Walk-ins are added at the door: the register opens when the session starts",
            (await PageHtml.ParseAsync(response)).TextOf(".nhsuk-error-summary__list li").Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Bookings.CountAsync()));
    }

    [Fact]
    public async Task A_new_person_is_added_with_their_practice_and_job_role_recorded_as_joining_at_the_door_and_invited()
    {
        var trainer = await TrainerAsync();
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var e = await factory.EventWithSessionsAsync(factory.Now().AddMinutes(-20), trainerId: trainer.Id);
        var client = factory.CreateClientFor(trainer.Id);
        var session = e.Sessions[0].Id;

        var response = await client.PostFormAsync($"/Register/WalkIn/{session}",
            NewPerson("Zoë", "O'Brien-Ngata", "zoe.obrien@nhs.example", practice.Id.ToString(), nameof(ProfessionalRole.HealthcareAssistant)),
            $"/Register/WalkIn/{session}?handler=New");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var person = await factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.WorkEmail == "zoe.obrien@nhs.example"));
        Assert.Equal((practice.Id, ProfessionalRole.HealthcareAssistant), (person.PracticeId!.Value, person.ProfessionalRole));
        var history = await factory.WithDbAsync(db => db.PersonPracticeChanges.AsNoTracking().SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal((PracticeChangeSource.WalkIn, (int?)trainer.Id), (history.Source, history.ByPersonId));
        var booking = await factory.WithDbAsync(db => db.Bookings.Include(b => b.Attendance).AsNoTracking().SingleAsync(b => b.PersonId == person.Id));
        Assert.Equal((BookingState.Booked, (int?)trainer.Id, practice.Id), (booking.State, booking.WalkInById, booking.PracticeId!.Value));
        Assert.True(Assert.Single(booking.Attendance).Present);
        Assert.Single(factory.Mails(), m => m.Contains("zoe.obrien@nhs.example"));
    }

    [Fact]
    public async Task A_search_too_long_is_refused_on_the_search_box_and_lists_nobody()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);

        var page = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync($"/Register/WalkIn/{e.Sessions[0].Id}?q={new string('a', 201)}"));

        page.AssertFieldInError("q", "Search for 200 characters or fewer");
        Assert.Equal("q-hint q-error", page.GetElementById("q")?.GetAttribute("aria-describedby"));
        Assert.Null(page.GetElementById("people-found"));
    }

    [Fact]
    public async Task A_new_person_with_missing_details_is_refused_field_by_field_in_form_order_and_nobody_is_added()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var session = e.Sessions[0].Id;

        var response = await factory.CreateClientFor(trainer.Id).PostFormAsync($"/Register/WalkIn/{session}",
            NewPerson("", "Nolan", "not-an-email", null, null), $"/Register/WalkIn/{session}?handler=New");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        var links = page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#Input_GivenName", "#Input_Email", "#Workplace_Role", "#Workplace_Practice"], links);
        page.AssertFieldInError("Input_GivenName", page.TextOf(".nhsuk-error-summary__list a[href='#Input_GivenName']"));
        page.AssertFieldInError("Input_Email", page.TextOf(".nhsuk-error-summary__list a[href='#Input_Email']"));
        Assert.Equal("Nolan", page.GetElementById("Input_FamilyName")?.GetAttribute("value"));
        Assert.DoesNotContain("nhsuk-form-group--error", page.GetElementById("Input_FamilyName")!.ParentElement!.ClassList);
        Assert.Equal(0, await factory.WithDbAsync(db => db.People.CountAsync(p => p.FamilyName == "Nolan")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Bookings.CountAsync()));
    }
}
