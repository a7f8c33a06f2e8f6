using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Authorization;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>
/// The questions an event type asks when booking (access needs, dietary needs, job role): answered with the booking,
/// seen by the attendee, leads and the event's trainers, and nobody else.
/// </summary>
public sealed class BookingQuestionsTests : IDisposable
{
    private const int YocCourse = 2;
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_lead_chooses_the_questions_an_event_type_asks()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var client = factory.CreateClientFor(lead.Id);
        var form = PageHtml.Parse(await client.GetPageAsync("/Events/Types/Edit/5"));
        Assert.Empty(form.QuerySelectorAll("input[name='Input.Questions'][checked]"));

        var response = await client.PostFormAsync("/Events/Types/Edit/5",
        [
            new("Input.Name", "Moving On workshop"), new("Input.DefaultDays", "1"), new("Input.DefaultStartTime", "09:00"),
            new("Input.DefaultEndTime", "16:00"), new("Input.DefaultCapacity", "30"), new("Input.Audience", "Clinicians"),
            new("Input.RequiredAccreditation", ""), new("Input.AccreditationYears", "3"),
            new("Input.Questions", "AccessNeeds"), new("Input.Questions", "JobRole"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var type = await factory.WithDbAsync(db => db.EventTypes.AsNoTracking().SingleAsync(t => t.Id == 5));
        Assert.Equal((true, false, true), (type.AsksAccessNeeds, type.AsksDietaryNeeds, type.AsksJobRole));
        var again = PageHtml.Parse(await client.GetPageAsync("/Events/Types/Edit/5"));
        Assert.Equal(["AccessNeeds", "JobRole"], again.QuerySelectorAll("input[name='Input.Questions'][checked]").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public async Task The_event_type_form_shows_an_error_on_its_field_and_saves_nothing()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/Events/Types/Edit/5",
        [
            new("Input.Name", ""), new("Input.DefaultDays", "1"), new("Input.DefaultStartTime", "09:00"), new("Input.DefaultEndTime", "16:00"),
            new("Input.DefaultCapacity", "30"), new("Input.Audience", "Clinicians"), new("Input.AccreditationYears", "3"),
            new("Input.Questions", "DietaryNeeds"),
        ]);

        var page = await PageHtml.ParseAsync(response);
        Assert.Equal("Enter a name", page.TextOf(".nhsuk-error-summary__list a"));
        Assert.Equal("#Input_Name", page.QuerySelector(".nhsuk-error-summary__list a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".nhsuk-form-group--error input#Input_Name.nhsuk-input--error"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Questions'][value='DietaryNeeds'][checked]"));
        Assert.False(await factory.WithDbAsync(db => db.EventTypes.Where(t => t.Id == 5).Select(t => t.AsksDietaryNeeds).SingleAsync()));
    }

    [Fact]
    public async Task Booking_shows_the_types_questions_and_keeps_the_trimmed_answers_with_the_booking()
    {
        await AskAllAsync();
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id, ProfessionalRole.PracticeNurse);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var form = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Book/{e.Id}"));
        Assert.Equal(["Answers.AccessNeeds", "Answers.DietaryNeeds", "Answers.JobRole"],
            form.QuerySelectorAll("form[method=post] textarea, form[method=post] select").Select(x => x.GetAttribute("name")));
        Assert.Equal("PracticeNurse", form.QuerySelector("select#Answers_JobRole option[selected]")!.GetAttribute("value"));

        var response = await BookAsync(client, e.Id, "  Step-free access  ", "", "Pharmacist");

        Assert.NotNull(BookingsTestData.BookingIdFrom(response));
        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal((BookingState.Booked, "Step-free access", (string?)null, ProfessionalRole.Pharmacist),
            (booking.State, booking.AccessNeeds, booking.DietaryNeeds, booking.ConfirmedJobRole!.Value));
    }

    [Fact]
    public async Task An_event_type_that_asks_nothing_shows_no_questions_and_ignores_posted_answers()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        Assert.Empty(PageHtml.Parse(await client.GetPageAsync($"/Bookings/Book/{e.Id}")).QuerySelectorAll("textarea, select"));

        await BookAsync(client, e.Id, "Posted anyway", "Posted anyway", "GeneralPractitioner");

        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal(BookingAnswers.None, booking.Answers);
    }

    [Fact]
    public async Task An_over_long_answer_is_refused_with_its_reason_and_nothing_is_booked()
    {
        await AskAllAsync();
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var tooLong = new string('a', BookingAnswers.MaxLength + 1);

        var response = await BookAsync(factory.CreateClientFor(person.Id), e.Id, "Hearing loop", tooLong, "");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Equal("Dietary needs must be 500 characters or fewer", page.TextOf(".nhsuk-error-summary__list a"));
        Assert.Equal(tooLong, page.QuerySelector("textarea#Answers_DietaryNeeds.nhsuk-textarea--error")!.TextContent.Trim());
        Assert.Equal("Hearing loop", page.QuerySelector("textarea#Answers_AccessNeeds")!.TextContent.Trim());
        Assert.Empty(await factory.BookingsOnAsync(e.Id));
    }

    [Fact]
    public async Task A_lead_booking_a_person_records_their_answers()
    {
        await AskAllAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(lead.Id);
        var formUrl = $"/Bookings/BookPerson/{e.Id}?q={Uri.EscapeDataString(person.WorkEmail)}";
        Assert.NotNull(PageHtml.Parse(await client.GetPageAsync(formUrl)).QuerySelector("textarea#Answers_AccessNeeds"));

        var refused = await client.PostFormAsync(formUrl,
            [new("Input.PersonId", person.Id.ToString()), new("Answers.AccessNeeds", new string('b', 501))], $"/Bookings/BookPerson/{e.Id}");
        Assert.Equal("Access needs must be 500 characters or fewer", (await PageHtml.ParseAsync(refused)).TextOf(".nhsuk-error-summary__list a"));
        Assert.Empty(await factory.BookingsOnAsync(e.Id));

        await client.PostFormAsync(formUrl,
            [new("Input.PersonId", person.Id.ToString()), new("Answers.AccessNeeds", "Wheelchair user"), new("Answers.DietaryNeeds", "Coeliac")],
            $"/Bookings/BookPerson/{e.Id}");

        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal(("Wheelchair user", "Coeliac"), (booking.AccessNeeds, booking.DietaryNeeds));
    }

    [Fact]
    public async Task The_attendee_sees_and_changes_their_own_answers_on_their_booking()
    {
        await AskAllAsync();
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(person.Id);
        var id = BookingsTestData.BookingIdFrom(await BookAsync(client, e.Id, "Hearing loop", "", ""))!.Value;
        var details = PageHtml.Parse(await client.GetPageAsync($"/Bookings/Details/{id}"));
        Assert.Equal("Hearing loop", details.QuerySelector("textarea#Answers_AccessNeeds")!.TextContent.Trim());

        var tooLong = await client.PostFormAsync($"/Bookings/Details/{id}",
            [new("Answers.AccessNeeds", new string('c', 501))], $"/Bookings/Details/{id}?handler=Answers");
        Assert.Equal("Access needs must be 500 characters or fewer", (await PageHtml.ParseAsync(tooLong)).TextOf(".nhsuk-error-summary__list a"));

        var saved = await client.PostFormAsync($"/Bookings/Details/{id}",
            [new("Answers.AccessNeeds", ""), new("Answers.DietaryNeeds", "Vegetarian")], $"/Bookings/Details/{id}?handler=Answers");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal(((string?)null, "Vegetarian"), (booking.AccessNeeds, booking.DietaryNeeds));
    }

    [Fact]
    public async Task Leads_and_the_events_trainer_see_the_answers_as_text_and_the_export_cannot_carry_a_formula()
    {
        await AskAllAsync();
        var (e, _, _) = await BookedWithAnswersAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await TrainerOfAsync(e.Id);

        foreach (var (who, url) in new[] { (lead.Id, $"/Bookings/Attendees/{e.Id}"), (trainer.Id, $"/Trainers/Attendees/{e.Id}") })
        {
            var page = PageHtml.Parse(await factory.CreateClientFor(who).GetPageAsync(url));
            var answers = page.QuerySelectorAll(".th-booking-answers").Select(c => c.TextContent).Where(t => t.Trim().Length > 0).ToList();
            var only = Assert.Single(answers);
            Assert.Contains("<script>alert(1)</script> ramp", only);
            Assert.Contains("=1+1 vegan", only);
            Assert.Contains("Pharmacist", only);
            Assert.Empty(page.QuerySelectorAll(".th-booking-answers script"));
        }

        foreach (var (who, url) in new[] { (lead.Id, $"/Bookings/Attendees/{e.Id}?handler=Csv"), (trainer.Id, $"/Trainers/Attendees/{e.Id}?handler=Csv") })
        {
            var csv = ParseCsv(await factory.CreateClientFor(who).GetPageAsync(url));
            var header = csv[0];
            var row = Assert.Single(csv.Skip(1));
            Assert.Equal("<script>alert(1)</script> ramp", row[header.IndexOf("Access needs")]);
            Assert.Equal("'=1+1 vegan", row[header.IndexOf("Dietary needs")]);
            Assert.Equal("Pharmacist", row[header.IndexOf("Job role confirmed")]);
        }
    }

    [Fact]
    public async Task A_lead_managing_one_booking_sees_its_answers_as_text()
    {
        await AskAllAsync();
        var (_, _, bookingId) = await BookedWithAnswersAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

        var page = PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync($"/Bookings/Manage/{bookingId}"));

        var heading = page.QuerySelectorAll("main h2").Single(h => h.TextContent == "Answers to the booking questions");
        var answers = new List<string>();
        for (var next = heading.NextElementSibling; next is { LocalName: "p" }; next = next.NextElementSibling) answers.Add(next.TextContent);
        Assert.Equal(["Access needs: <script>alert(1)</script> ramp", "Dietary needs: =1+1 vegan", "Job role confirmed: Pharmacist"], answers);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task A_booking_without_answers_shows_no_answers_heading_to_the_lead()
    {
        var (_, _, bookingId) = await BookedWithAnswersAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

        var page = PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync($"/Bookings/Manage/{bookingId}"));

        var headings = page.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Contains("History", headings);
        Assert.DoesNotContain("Answers to the booking questions", headings);
    }

    [Fact]
    public async Task Other_attendees_and_other_trainers_never_see_the_answers()
    {
        await AskAllAsync();
        var (e, _, bookingId) = await BookedWithAnswersAsync();
        var other = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var otherClient = factory.CreateClientFor(other.Id);
        var otherBooking = BookingsTestData.BookingIdFrom(await BookAsync(otherClient, e.Id, "", "", ""))!.Value;
        var unrelated = await TrainerOfAsync((await factory.BookableEventAsync()).Id);

        foreach (var url in new[] { $"/Events/Details/{e.Id}", $"/Bookings/Details/{otherBooking}", "/Bookings" })
            Assert.DoesNotContain("ramp", PageHtml.Parse(await otherClient.GetPageAsync(url)).Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await otherClient.GetAsync($"/Bookings/Details/{bookingId}")).StatusCode);
        var changed = await otherClient.PostFormAsync($"/Bookings/Details/{otherBooking}", [new("Answers.AccessNeeds", "Overwritten")],
            $"/Bookings/Details/{bookingId}?handler=Answers");
        Assert.Equal(HttpStatusCode.NotFound, changed.StatusCode);
        Assert.Equal("<script>alert(1)</script> ramp", (await factory.BookingsOnAsync(e.Id)).Single(b => b.Id == bookingId).AccessNeeds);
        AssertRefused(await otherClient.GetAsync($"/Bookings/Attendees/{e.Id}?handler=Csv"));
        AssertRefused(await otherClient.GetAsync($"/Trainers/Attendees/{e.Id}"));
        var unrelatedClient = factory.CreateClientFor(unrelated.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelatedClient.GetAsync($"/Trainers/Attendees/{e.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await unrelatedClient.GetAsync($"/Trainers/Attendees/{e.Id}?handler=Csv")).StatusCode);
        AssertRefused(await unrelatedClient.GetAsync($"/Bookings/Attendees/{e.Id}?handler=Csv"));
    }

    private static void AssertRefused(HttpResponseMessage response) =>
        Assert.Equal(Access.Forbidden, PageAccess.Classify(response, "GET"));

    private Task AskAllAsync() => factory.WithDbAsync(db => db.EventTypes.Where(t => t.Id == YocCourse)
        .ExecuteUpdateAsync(s => s.SetProperty(t => t.AsksAccessNeeds, true).SetProperty(t => t.AsksDietaryNeeds, true).SetProperty(t => t.AsksJobRole, true)));

    private async Task<(ProgrammeEvent Event, Person Attendee, int BookingId)> BookedWithAnswersAsync()
    {
        var person = await factory.Data.PersonAsync((await factory.PracticeAsync()).Id);
        var e = await factory.BookableEventAsync();
        var response = await BookAsync(factory.CreateClientFor(person.Id), e.Id, "<script>alert(1)</script> ramp", "=1+1 vegan", "Pharmacist");
        return (e, person, BookingsTestData.BookingIdFrom(response)!.Value);
    }

    private async Task<Person> TrainerOfAsync(int eventId)
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.WithDbAsync(db =>
        {
            db.EventTrainers.Add(new EventTrainer { ProgrammeEventId = eventId, PersonId = trainer.Id, Role = TrainerRole.Lead });
            return db.SaveChangesAsync();
        });
        return trainer;
    }

    private static Task<HttpResponseMessage> BookAsync(HttpClient client, int eventId, string access, string dietary, string role) =>
        client.PostFormAsync($"/Bookings/Book/{eventId}",
            [new("Answers.AccessNeeds", access), new("Answers.DietaryNeeds", dietary), new("Answers.JobRole", role)]);

    /// <summary>RFC 4180: quoted cells, doubled quotes, CRLF between rows; the byte order mark dropped.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        text = text.TrimStart('\uFEFF');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else if (c != '\r') cell.Append(c);
        }
        if (cell.Length > 0 || row.Count > 0) { row.Add(cell.ToString()); rows.Add(row); }
        return rows;
    }
}
