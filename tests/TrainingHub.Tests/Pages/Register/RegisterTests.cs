using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.Register.AttendanceTestData;

namespace TrainingHub.Tests.Pages.Register;

public sealed class RegisterTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<TrainingHub.Web.Data.Entities.Person> TrainerAsync() =>
        factory.Data.PersonAsync(null, TrainingHub.Web.Domain.People.ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private static Task<HttpResponseMessage> MarkAsync(HttpClient client, int sessionId, int bookingId, bool present) =>
        client.PostFormAsync($"/Register/Session/{sessionId}",
            [new("bookingId", bookingId.ToString()), new("present", present ? "true" : "false")],
            $"/Register/Session/{sessionId}?handler=Mark");

    [Fact]
    public async Task A_trainer_ticks_everyone_unticks_one_and_saving_completes_the_rest_and_marks_the_missing_one_a_no_show()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var people = new[] { await factory.Data.PersonAsync(), await factory.Data.PersonAsync(), await factory.Data.PersonAsync() };
        var bookings = new List<int>();
        foreach (var p in people) bookings.Add((await factory.BookingAsync(e.Id, p.Id)).Id);
        var client = factory.CreateClientFor(trainer.Id);
        var session = e.Sessions[0].Id;

        var everyoneTicked = await client.GetPageAsync($"/Register/Session/{session}?all=true");
        Assert.Equal(3, everyoneTicked.Split("checked=\"checked\"").Length - 1);
        var response = await client.PostFormAsync($"/Register/Session/{session}", RegisterFields(bookings, bookings.Take(2)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Register saved: 2 present, 1 absent", await client.GetPageAsync(response.Headers.Location!.OriginalString));
        var saved = await factory.WithDbAsync(db => db.Bookings.Include(b => b.Attendance).Include(b => b.Transitions)
            .Where(b => b.ProgrammeEventId == e.Id).OrderBy(b => b.Id).AsNoTracking().ToListAsync());
        Assert.Equal(new[] { BookingState.Attended, BookingState.Attended, BookingState.NoShow }, saved.Select(b => b.State));
        Assert.All(saved.Take(2), b => Assert.NotNull(b.CompletedAt));
        Assert.Null(saved[2].CompletedAt);
        Assert.All(saved, b => Assert.Equal(trainer.Id, Assert.Single(b.Attendance).MarkedById));
        Assert.All(saved, b => Assert.Equal(trainer.Id, Assert.Single(b.Transitions, t => t.From == BookingState.Booked).ById));
    }

    [Fact]
    public async Task Present_at_every_day_completes_the_event_and_a_correction_at_the_door_moves_it_back_and_forth()
    {
        var lead = await factory.Data.PersonAsync(null, TrainingHub.Web.Domain.People.ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(3), days: 2);
        var person = await factory.Data.PersonAsync();
        var booking = await factory.BookingAsync(e.Id, person.Id);
        var client = factory.CreateClientFor(lead.Id);
        var (day1, day2) = (e.Sessions[0].Id, e.Sessions[1].Id);
        Task<(BookingState, DateTimeOffset?)> StateAsync() => factory.WithDbAsync(db =>
            db.Bookings.Where(b => b.Id == booking.Id).Select(b => new ValueTuple<BookingState, DateTimeOffset?>(b.State, b.CompletedAt)).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await MarkAsync(client, day1, booking.Id, true)).StatusCode);
        Assert.Equal(BookingState.Booked, (await StateAsync()).Item1);
        await MarkAsync(client, day2, booking.Id, true);
        var (attended, completedAt) = await StateAsync();
        Assert.Equal(BookingState.Attended, attended);
        Assert.NotNull(completedAt);
        await MarkAsync(client, day2, booking.Id, false);
        Assert.Equal((BookingState.NoShow, (DateTimeOffset?)null), await StateAsync());
        await MarkAsync(client, day2, booking.Id, true);
        Assert.Equal(BookingState.Attended, (await StateAsync()).Item1);

        var transitions = await factory.WithDbAsync(db => db.BookingTransitions.Where(t => t.BookingId == booking.Id).OrderBy(t => t.Id)
            .Select(t => t.To).ToListAsync());
        Assert.Equal(new[] { BookingState.Booked, BookingState.Attended, BookingState.NoShow, BookingState.Attended }, transitions);
        Assert.Equal(2, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync(a => a.BookingId == booking.Id)));
    }

    [Fact]
    public async Task The_register_shows_practice_names_as_people_read_them_not_in_the_ods_files_capitals()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var practice = await factory.Data.PracticeAsync((await factory.Data.PlaceAsync()).Id, name: "READING WALK-IN HEALTH CENTRE");
        var person = await factory.Data.PersonAsync(practice.Id);
        await factory.BookingAsync(e.Id, person.Id, practice.Id);

        var page = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync($"/Register/Session/{e.Sessions[0].Id}"));

        Assert.Equal("Reading Walk-In Health Centre", page.TextOf("#at-the-door .th-register__name .nhsuk-u-secondary-text-color"));
        Assert.Equal($"{person.GivenName} {person.FamilyName}, Reading Walk-In Health Centre", page.TextOf("label[for^='Input_Present']").Trim());
    }

    [Fact]
    public async Task Attendee_lists_exports_and_absences_show_practice_names_as_people_read_them()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var practice = await factory.Data.PracticeAsync((await factory.Data.PlaceAsync()).Id, name: "READING WALK-IN HEALTH CENTRE");
        await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync(practice.Id)).Id, practice.Id);
        await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync(practice.Id)).Id, practice.Id, BookingState.NoShow);
        var lead = factory.CreateClientFor((await factory.Data.PersonAsync(null, Web.Domain.People.ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
        var trainerClient = factory.CreateClientFor(trainer.Id);

        var shown = new Dictionary<string, string>
        {
            ["lead's list"] = PageHtml.Parse(await lead.GetPageAsync($"/Bookings/Attendees/{e.Id}")).TextOf("main"),
            ["lead's export"] = await lead.GetPageAsync($"/Bookings/Attendees/{e.Id}?handler=Csv"),
            ["trainer's list"] = PageHtml.Parse(await trainerClient.GetPageAsync($"/Trainers/Attendees/{e.Id}")).TextOf("main"),
            ["trainer's export"] = await trainerClient.GetPageAsync($"/Trainers/Attendees/{e.Id}?handler=Csv"),
            ["absences"] = PageHtml.Parse(await lead.GetPageAsync($"/Register/Absences?eventId={e.Id}")).TextOf("main"),
        };

        Assert.Equal(5, shown.Count);
        Assert.All(shown, s => Assert.Contains("Reading Walk-In Health Centre", s.Value));
        Assert.All(shown, s => Assert.DoesNotContain("READING WALK-IN", s.Value));
    }

    [Fact]
    public async Task A_cancelled_booking_cannot_be_marked_and_nothing_changes()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var cancelled = await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync()).Id, state: BookingState.Cancelled);
        var client = factory.CreateClientFor(trainer.Id);

        var response = await MarkAsync(client, e.Sessions[0].Id, cancelled.Id, true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("A booking that is cancelled cannot be marked", await response.TextAsync());
        Assert.Contains("nhsuk-error-summary", await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
        Assert.Equal(BookingState.Cancelled, await factory.WithDbAsync(db => db.Bookings.Where(b => b.Id == cancelled.Id).Select(b => b.State).SingleAsync()));
    }

    [Fact]
    public async Task A_tampered_booking_id_from_another_event_is_refused_with_the_ticks_kept_and_nothing_saved()
    {
        var trainer = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: trainer.Id);
        var other = await factory.EventWithSessionsAsync(factory.DaysAgo(1));
        var mine = await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync()).Id);
        var theirs = await factory.BookingAsync(other.Id, (await factory.Data.PersonAsync()).Id);
        var client = factory.CreateClientFor(trainer.Id);

        var response = await client.PostFormAsync($"/Register/Session/{e.Sessions[0].Id}", RegisterFields([mine.Id, theirs.Id], [mine.Id, theirs.Id]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_Present", "The register lists only people booked on this event: reload the register and try again");
        var ticks = page.QuerySelectorAll("input[name='Input.Present']").Select(i => (i.GetAttribute("value"), i.HasAttribute("checked"))).ToList();
        Assert.Equal([(mine.Id.ToString(), true)], ticks);
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
        Assert.All(await factory.WithDbAsync(db => db.Bookings.Select(b => b.State).ToListAsync()), s => Assert.Equal(BookingState.Booked, s));
    }

    [Fact]
    public async Task A_trainer_not_allocated_to_the_event_cannot_open_or_mark_its_register()
    {
        var allocated = await TrainerAsync();
        var stranger = await TrainerAsync();
        var e = await factory.EventWithSessionsAsync(factory.DaysAgo(1), trainerId: allocated.Id);
        var booking = await factory.BookingAsync(e.Id, (await factory.Data.PersonAsync()).Id);
        var client = factory.CreateClientFor(stranger.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Register/Session/{e.Sessions[0].Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Register/Code/{e.Sessions[0].Id}")).StatusCode);
        // A real antiforgery token from a page the stranger may open: the refusal is the register's own.
        var post = await client.PostFormAsync("/Register/CheckIn",
            [new("bookingId", booking.Id.ToString()), new("present", "true")], $"/Register/Session/{e.Sessions[0].Id}?handler=Mark");
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain(e.Title, await client.GetPageAsync("/Register"));
        Assert.Contains(e.Title, await factory.CreateClientFor(allocated.Id).GetPageAsync("/Register"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Fact]
    public async Task A_session_id_that_does_not_exist_is_not_found_and_a_session_not_yet_open_refuses_marks()
    {
        var trainer = await TrainerAsync();
        var future = await factory.EventWithSessionsAsync(factory.Now().AddDays(5), trainerId: trainer.Id);
        var booking = await factory.BookingAsync(future.Id, (await factory.Data.PersonAsync()).Id);
        var client = factory.CreateClientFor(trainer.Id);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Register/Session/999999")).StatusCode);
        var response = await MarkAsync(client, future.Sessions[0].Id, booking.Id, true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The register opens when the session starts, at ", await response.TextAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.SessionAttendance.CountAsync()));
    }

    [Fact]
    public async Task Leads_see_late_cancellations_and_no_shows_per_event_and_across_the_programme()
    {
        var lead = await factory.Data.PersonAsync(null, TrainingHub.Web.Domain.People.ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var first = await factory.EventWithSessionsAsync(factory.DaysAgo(10));
        var second = await factory.EventWithSessionsAsync(factory.DaysAgo(5));
        var late = await factory.Data.PersonAsync();
        var noShow = await factory.Data.PersonAsync();
        var onTime = await factory.Data.PersonAsync();
        await factory.BookingAsync(first.Id, late.Id, state: BookingState.Cancelled, lateCancellation: true);
        await factory.BookingAsync(second.Id, noShow.Id, state: BookingState.NoShow);
        await factory.BookingAsync(second.Id, onTime.Id, state: BookingState.Cancelled);
        var client = factory.CreateClientFor(lead.Id);

        var all = WebUtility.HtmlDecode(await client.GetPageAsync("/Register/Absences"));
        var one = WebUtility.HtmlDecode(await client.GetPageAsync($"/Register/Absences?eventId={second.Id}"));

        Assert.Contains(late.FullName, all);
        Assert.Contains("Clinic cover fell through", all);
        Assert.Contains(noShow.FullName, all);
        Assert.DoesNotContain(onTime.FullName, all);
        Assert.Contains(noShow.FullName, one);
        Assert.DoesNotContain(late.FullName, one);
    }
}
