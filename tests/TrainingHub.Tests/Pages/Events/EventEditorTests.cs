using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using TrainingHub.Tests.Pages.Trainers;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>The event form: as many sessions as a course needs, a booking window that ends before it starts, places not below those taken.</summary>
public sealed class EventEditorTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private int Year => factory.Today().Year + 1;

    private Task<Person> LeadAsync() => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

    private static List<KeyValuePair<string, string>> Form(int sequence, string capacity, params string[] dates)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.EventTypeId", "2"), new("Input.Title", "Train the Trainer, Oxford"), new("Input.IsOnline", "false"),
            new("Input.VenueName", "Oxford Town Hall"), new("Input.Capacity", capacity), new("Input.Sequence", sequence.ToString()),
        };
        for (var i = 0; i < dates.Length; i++)
        {
            fields.AddRange(DateBoxes($"Input.Sessions[{i}].Date", dates[i]));
            fields.Add(new($"Input.Sessions[{i}].Start", "09:30"));
            fields.Add(new($"Input.Sessions[{i}].End", "16:30"));
        }
        return fields;
    }

    /// <summary>A session date as the form posts it: day, month and year in three boxes ("2027-02-31" types 31, 2, 2027).</summary>
    private static IEnumerable<KeyValuePair<string, string>> DateBoxes(string name, string yearMonthDay)
    {
        var parts = yearMonthDay.Split('-').Select(p => p.TrimStart('0')).ToArray();
        return [new($"{name}.Day", parts[2]), new($"{name}.Month", parts[1]), new($"{name}.Year", parts[0])];
    }

    private static string[] BoxesShown(IHtmlDocument page, string id) =>
        new[] { id, id + "_Month", id + "_Year" }.Select(box => page.GetElementById(box)?.GetAttribute("value") ?? "").ToArray();

    [Fact]
    public async Task Add_another_session_gives_a_fourth_row_without_saving_and_a_four_day_course_saves_all_four()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var threeDays = Form(0, "20", $"{Year}-07-13", $"{Year}-07-14", $"{Year}-07-15");

        var more = await client.PostFormAsync("/Events/Edit", threeDays.Append(new("AddSession", "true")), "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        var page = await PageHtml.ParseAsync(more);
        Assert.Empty(page.QuerySelectorAll(".nhsuk-error-summary"));
        Assert.Equal(["15", "7", Year.ToString()], BoxesShown(page, "Input_Sessions[2]_Date"));
        Assert.Equal(["", "", ""], BoxesShown(page, "Input_Sessions[3]_Date"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));

        var saved = await client.PostFormAsync("/Events/Edit", Form(0, "20", $"{Year}-07-13", $"{Year}-07-14", $"{Year}-07-15", $"{Year}-07-16"), "/Events/Edit");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Event created as a draft.",
            PageHtml.Parse(await client.GetPageAsync(saved.Headers.Location!.OriginalString)).TextOf(".nhsuk-notification-banner__heading"));
        Assert.Equal(4, await factory.WithDbAsync(db => db.EventSessions.CountAsync()));
    }

    [Fact]
    public async Task Booking_that_closes_after_the_course_starts_is_refused_and_every_refusal_is_listed_in_the_order_of_the_form()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var fields = Form(0, "0", $"{Year}-07-13", $"{Year}-07-14");
        fields.RemoveAll(f => f.Key is "Input.Title" or "Input.Sessions[1].Start");
        fields.Add(new("Input.BookingOpensOn", $"{Year}-06-01"));
        fields.Add(new("Input.BookingClosesOn", $"{Year}-07-20"));

        var response = await client.PostFormAsync("/Events/Edit", fields, "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        var summary = page.QuerySelectorAll(".nhsuk-error-summary__list a").ToList();
        Assert.Equal(["#Input_Title", "#Input_Capacity", "#Input_BookingClosesOn", "#Input_Sessions[1]_Start"], summary.Select(a => a.GetAttribute("href")));
        Assert.StartsWith("Booking must close before the first session starts (09:30 on 13 July", summary[2].TextContent);
        foreach (var link in summary) page.AssertFieldInError(link.GetAttribute("href")![1..], link.TextContent);
        Assert.Contains("nhsuk-input--error", page.GetElementById("Input_Sessions[1]_Start")!.ClassList);
        Assert.Equal(["20", "7", Year.ToString()], new[] { "Input_BookingClosesOn", "Input_BookingClosesOn_Month", "Input_BookingClosesOn_Year" }
            .Select(id => page.GetElementById(id)!.GetAttribute("value")));
        Assert.DoesNotContain(page.GetElementById("Input_BookingOpensOn")!.Ancestors<IElement>(), e => e.ClassList.Contains("nhsuk-form-group--error"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_booking_date_that_cannot_be_is_refused_on_the_date_input_with_what_was_typed_kept()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var fields = Form(0, "20", $"{Year}-07-13");
        fields.Add(new("Input.BookingOpensOn.Day", "31"));
        fields.Add(new("Input.BookingOpensOn.Month", "2"));
        fields.Add(new("Input.BookingOpensOn.Year", Year.ToString()));

        var response = await client.PostFormAsync("/Events/Edit", fields, "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_BookingOpensOn", "Booking opens on must be a real date");
        Assert.Equal(["31", "2", Year.ToString()], new[] { "Input_BookingOpensOn", "Input_BookingOpensOn_Month", "Input_BookingOpensOn_Year" }
            .Select(id => page.GetElementById(id)!.GetAttribute("value")));
        Assert.Contains("nhsuk-input--error", page.GetElementById("Input_BookingOpensOn_Year")!.ClassList);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task The_number_of_places_cannot_go_below_those_taken_but_an_overridden_capacity_left_as_it_is_saves()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var e = await factory.EventAsync(EventStatus.Published);
        var date = LondonTime.DateOf(e.StartsAt!.Value).ToString("yyyy-MM-dd");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 3; i++)
            {
                var person = await factory.Data.PersonAsync();
                db.Bookings.Add(TestBookings.In(BookingState.Booked, e.Id, person.Id, factory.Now()));
            }
            await db.SaveChangesAsync();
        });

        var refused = await client.PostFormAsync($"/Events/Edit/{e.Id}", Form(e.Sequence, "2", date));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Number of places cannot be below the 3 places already taken: to go below them, override the capacity with a reason from the attendee list",
            (await PageHtml.ParseAsync(refused)).TextOf(".nhsuk-error-summary__list a[href='#Input_Capacity']"));
        Assert.Equal(20, await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).Select(x => x.Capacity).SingleAsync()));

        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Capacity, 2)));
        var unchanged = await client.PostFormAsync($"/Events/Edit/{e.Id}", Form(e.Sequence, "2", date).Append(new("Input.AccessibilityNotes", "Step-free entrance")));

        Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
    }

    [Fact]
    public async Task On_a_new_event_the_first_trainer_row_is_the_lead()
    {
        var page = PageHtml.Parse(await factory.CreateClientFor((await LeadAsync()).Id).GetPageAsync("/Events/Edit?typeId=2"));

        Assert.Equal("Lead", page.QuerySelector("#Input_Trainers\\[0\\]_Role option[selected]")?.GetAttribute("value"));
        Assert.Equal("CoTrainer", page.QuerySelector("#Input_Trainers\\[1\\]_Role option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task The_trainer_list_shows_before_saving_who_is_accredited_until_when_who_is_a_trainee_and_who_clashes()
    {
        var lead = await LeadAsync();
        var accredited = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var validUntil = factory.Today().AddYears(2);
        await factory.AccreditAsync(accredited.Id, validUntil);
        var trainee = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var busy = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.AccreditAsync(busy.Id, validUntil);
        var start = new DateTimeOffset(Year, 7, 13, 8, 30, 0, TimeSpan.Zero);
        await factory.EventAsync(EventStatus.Published, start.AddHours(2), busy.Id);
        var e = await factory.EventAsync(EventStatus.Draft, start);

        var page = PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync($"/Events/Edit/{e.Id}"));

        string Option(Person p) => page.QuerySelectorAll("#Input_Trainers\\[0\\]_PersonId option")
            .Single(o => o.GetAttribute("value") == p.Id.ToString()).TextContent;
        Assert.Equal($"{accredited.FullName} – accredited for this type until {validUntil:d MMMM yyyy}", Option(accredited));
        Assert.Equal($"{trainee.FullName} – trainee", Option(trainee));
        Assert.StartsWith($"{busy.FullName} – accredited for this type until {validUntil:d MMMM yyyy}; clashes with YOC training course, Reading", Option(busy));
    }

    [Fact]
    public async Task Each_session_is_a_fieldset_with_the_NHS_date_input_and_a_label_for_every_box_as_many_as_the_type_has_days()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var page = PageHtml.Parse(await client.GetPageAsync("/Events/Edit?typeId=6"));

        var sessions = page.QuerySelectorAll("fieldset.th-session").ToList();
        Assert.Equal(["Session 1", "Session 2", "Session 3"], sessions.Select(f => f.QuerySelector(":scope > legend")!.TextContent.Trim()));
        foreach (var session in sessions)
        {
            var boxes = session.QuerySelectorAll("input").ToList();
            Assert.Equal(["Day", "Month", "Year", "Start time", "End time"],
                boxes.Select(box => page.QuerySelector($"label[for='{box.Id}']")?.TextContent.Trim()));
            Assert.Equal(["text", "text", "text", "time", "time"], boxes.Select(box => box.GetAttribute("type")));
        }
        Assert.Equal("Input.Sessions[1].Date.Day", page.GetElementById("Input_Sessions[1]_Date")!.GetAttribute("name"));
        Assert.Equal("09:00", page.GetElementById("Input_Sessions[2]_Start")!.GetAttribute("value"));
        Assert.Empty(page.QuerySelectorAll("input[type=date]"));
        var blank = PageHtml.Parse(await client.GetPageAsync("/Events/Edit"));
        Assert.Equal("Session 1", Assert.Single(blank.QuerySelectorAll("fieldset.th-session > legend")).TextContent.Trim());
    }

    [Fact]
    public async Task A_session_date_that_cannot_be_is_refused_naming_the_session_in_the_order_of_the_form_and_nothing_is_saved()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var fields = Form(0, "20", $"{Year}-07-13", $"{Year}-02-31", $"{Year}-07-15");
        fields.RemoveAll(f => f.Key is "Input.Title" or "Input.Sessions[2].End");

        var response = await client.PostFormAsync("/Events/Edit", fields, "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Equal(["#Input_Title", "#Input_Sessions[1]_Date", "#Input_Sessions[2]_End"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        page.AssertFieldInError("Input_Sessions[1]_Date", "Session 2 date must be a real date");
        page.AssertFieldInError("Input_Sessions[2]_End", "Enter the end time of session 3");
        Assert.Equal(["31", "2", Year.ToString()], BoxesShown(page, "Input_Sessions[1]_Date"));
        Assert.Equal(["nhsuk-input", "nhsuk-date-input__input", "nhsuk-input--width-4", "nhsuk-input--error"],
            page.GetElementById("Input_Sessions[1]_Date_Year")!.ClassList);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }

    [Fact]
    public async Task A_session_date_that_cannot_be_leaves_a_saved_event_as_it_was()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var e = await factory.EventAsync(EventStatus.Published);
        var saved = LondonTime.DateOf(e.StartsAt!.Value).ToString("yyyy-MM-dd");
        var fields = Form(e.Sequence, "20", saved, $"{Year}-13-01");

        var response = await client.PostFormAsync($"/Events/Edit/{e.Id}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await PageHtml.ParseAsync(response)).AssertFieldInError("Input_Sessions[1]_Date", "Session 2 date must be a real date");
        var after = await factory.WithDbAsync(db => db.ProgrammeEvents.Where(x => x.Id == e.Id)
            .Select(x => new { x.Title, x.Sequence, Sessions = x.Sessions.Select(s => s.StartsAt).ToList() }).SingleAsync());
        Assert.Equal(e.Title, after.Title);
        Assert.Equal(e.Sequence, after.Sequence);
        Assert.Equal([e.StartsAt!.Value], after.Sessions);
    }

    [Fact]
    public async Task Adding_another_session_keeps_a_date_typed_wrong_as_it_was_typed_to_be_put_right()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var fields = Form(0, "20", $"{Year}-07-13", $"{Year}-02-31", $"{Year}-07-15");

        var more = await client.PostFormAsync("/Events/Edit", fields.Append(new("AddSession", "true")), "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, more.StatusCode);
        var page = await PageHtml.ParseAsync(more);
        Assert.Empty(page.QuerySelectorAll(".nhsuk-error-summary"));
        Assert.Equal(["31", "2", Year.ToString()], BoxesShown(page, "Input_Sessions[1]_Date"));
        Assert.Equal(["", "", ""], BoxesShown(page, "Input_Sessions[3]_Date"));
        Assert.Equal("09:30", page.GetElementById("Input_Sessions[1]_Start")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_time_that_cannot_be_read_is_refused_naming_the_session_not_with_the_framework_message()
    {
        var client = factory.CreateClientFor((await LeadAsync()).Id);
        var fields = Form(0, "20", $"{Year}-07-13", $"{Year}-07-14");
        fields.RemoveAll(f => f.Key is "Input.Sessions[1].Start");
        fields.Add(new("Input.Sessions[1].Start", "half nine"));

        var response = await client.PostFormAsync("/Events/Edit", fields, "/Events/Edit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Equal(["#Input_Sessions[1]_Start"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        page.AssertFieldInError("Input_Sessions[1]_Start", "Session 2 start time must be a time, for example 09:30");
        Assert.Equal("half nine", page.GetElementById("Input_Sessions[1]_Start")!.GetAttribute("value"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ProgrammeEvents.CountAsync()));
    }
}
