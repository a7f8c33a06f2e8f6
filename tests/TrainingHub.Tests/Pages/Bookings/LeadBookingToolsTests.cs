using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Bookings;

/// <summary>Leads' tools and whole-practice reservations, through the pages.</summary>
public sealed class LeadBookingToolsTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Raising_capacity_with_a_reason_offers_the_new_places_in_order_and_is_kept_in_the_events_history()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var people = await factory.StaffAsync(practice.Id, 4);
        var e = await factory.BookableEventAsync(capacity: 1);
        foreach (var p in people) await factory.CreateClientFor(p.Id).BookAsync(e.Id);
        var client = factory.CreateClientFor(lead.Id);

        var noReason = await client.PostFormAsync($"/Bookings/Capacity/{e.Id}", new { Input__Capacity = "3", Input__Reason = "" });
        Assert.Contains("Enter a reason", await noReason.Content.ReadAsStringAsync());
        await client.PostFormAsync($"/Bookings/Capacity/{e.Id}", new { Input__Capacity = "3", Input__Reason = "Bigger room" });

        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal([BookingState.Booked, BookingState.Offered, BookingState.Offered, BookingState.Waitlisted], bookings.Select(b => b.State));
        Assert.Equal(1, bookings[3].WaitingPosition);
        Assert.Contains("raised the capacity to 3", bookings[1].Transitions.Last().Reason);
        Assert.True(await factory.WithDbAsync(db => db.EventChanges.AnyAsync(c => c.ProgrammeEventId == e.Id && c.Summary.Contains("from 1 to 3: Bigger room"))));
    }

    [Fact]
    public async Task A_lead_reorders_and_removes_people_waiting_and_a_booking_id_from_another_event_is_refused()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var people = await factory.StaffAsync(practice.Id, 4);
        var e = await factory.BookableEventAsync(capacity: 1);
        var other = await factory.BookableEventAsync();
        foreach (var p in people) await factory.CreateClientFor(p.Id).BookAsync(e.Id);
        var elsewhere = BookingsTestData.BookingIdFrom(await factory.CreateClientFor(people[0].Id).BookAsync(other.Id))!.Value;
        var ids = (await factory.BookingsOnAsync(e.Id)).Select(b => b.Id).ToList();
        var client = factory.CreateClientFor(lead.Id);
        var url = $"/Bookings/Attendees/{e.Id}";

        await client.PostFormAsync(url, new { Input__BookingId = ids[3].ToString(), Input__Position = "1", Input__Reason = "Priority practice" }, url + "?handler=Reorder");
        await client.PostFormAsync($"/Bookings/Cancel/{ids[1]}", new { Reason = "Left the practice" });
        var tampered = await client.PostFormAsync(url, new { Input__BookingId = elsewhere.ToString(), Input__Position = "1", Input__Reason = "x" }, url + "?handler=Reorder");

        Assert.Contains("Choose someone on this event", await tampered.Content.ReadAsStringAsync());
        var bookings = await factory.BookingsOnAsync(e.Id);
        Assert.Equal(1, bookings.Single(b => b.Id == ids[3]).WaitingPosition);
        Assert.Equal(2, bookings.Single(b => b.Id == ids[2]).WaitingPosition);
        Assert.Equal(BookingState.Cancelled, bookings.Single(b => b.Id == ids[1]).State);
        Assert.Equal(BookingState.Booked, (await factory.BookingsOnAsync(other.Id)).Single().State);
    }

    [Fact]
    public async Task A_lead_books_a_person_with_a_note_and_moves_the_booking_to_another_event()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync(practice.Id);
        var (from, to) = (await factory.BookableEventAsync(), await factory.BookableEventAsync());
        var client = factory.CreateClientFor(lead.Id);

        var unknown = PageHtml.Parse(await client.GetPageAsync($"/Bookings/BookPerson/{from.Id}?q=nobody@nhs.example"));
        Assert.Empty(unknown.QuerySelectorAll("input[name='Input.PersonId']"));
        Assert.Contains("Nobody in the portal matches \"nobody@nhs.example\"", unknown.Body!.TextContent);
        var byName = PageHtml.Parse(await client.GetPageAsync($"/Bookings/BookPerson/{from.Id}?q={Uri.EscapeDataString(person.FamilyName.ToLowerInvariant())}"));
        Assert.Contains(byName.QuerySelectorAll("input[name='Input.PersonId']"), r => r.GetAttribute("value") == person.Id.ToString());
        var booked = await client.PostFormAsync($"/Bookings/BookPerson/{from.Id}", new { Input__PersonId = person.Id.ToString(), Input__Note = "Covering for a colleague" });
        var attendees = PageHtml.Parse(await client.GetPageAsync(booked.Headers.Location!.OriginalString));
        Assert.Equal($"{person.FullName} booked on this event.", attendees.TextOf(".nhsuk-notification-banner__heading"));
        var booking = (await factory.BookingsOnAsync(from.Id)).Single();
        Assert.Equal(("Covering for a colleague", lead.Id), (booking.Note!, booking.BookedById!.Value));

        await client.PostFormAsync($"/Bookings/Manage/{booking.Id}", new { ToEventId = to.Id.ToString(), Reason = "Date clash" }, $"/Bookings/Manage/{booking.Id}?handler=Move");

        Assert.Equal(BookingState.Cancelled, (await factory.BookingsOnAsync(from.Id)).Single().State);
        var moved = (await factory.BookingsOnAsync(to.Id)).Single();
        Assert.Equal((person.Id, BookingState.Booked), (moved.PersonId!.Value, moved.State));
        Assert.Contains("Date clash", moved.Transitions.Single().Reason);
    }

    [Fact]
    public async Task Book_a_person_finds_people_by_part_of_their_name_or_their_practice_and_refuses_a_booking_with_nobody_chosen()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync(practice.Id);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "Siân").SetProperty(p => p.FamilyName, "O'Neill-Łukasik")));
        var e = await factory.BookableEventAsync();
        var client = factory.CreateClientFor(lead.Id);
        string[] Chosen(string html) => PageHtml.Parse(html).QuerySelectorAll("input[name='Input.PersonId']").Select(r => r.GetAttribute("value")!).ToArray();

        Assert.Equal([person.Id.ToString()], Chosen(await client.GetPageAsync($"/Bookings/BookPerson/{e.Id}?q={Uri.EscapeDataString("siân o'neill")}")));
        Assert.Equal([person.Id.ToString()], Chosen(await client.GetPageAsync($"/Bookings/BookPerson/{e.Id}?q={practice.OdsCode.ToLowerInvariant()}")));
        var refused = await client.PostFormAsync($"/Bookings/BookPerson/{e.Id}?q=zzz", new { q = "zzz", Input__Note = "" }, $"/Bookings/BookPerson/{e.Id}");

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Search for the person and choose them", (await PageHtml.ParseAsync(refused)).TextOf(".nhsuk-error-summary__list a"));
        Assert.Empty(await factory.BookingsOnAsync(e.Id));
    }

    [Fact]
    public async Task The_attendee_csv_lists_practice_and_role_and_cannot_carry_a_formula()
    {
        var practice = await factory.PracticeAsync();
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var person = await factory.Data.PersonAsync(practice.Id, ProfessionalRole.Pharmacist);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == person.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "=HYPERLINK(\"http://evil\")")));
        var e = await factory.BookableEventAsync();
        await factory.CreateClientFor(person.Id).BookAsync(e.Id);

        var csv = await factory.CreateClientFor(lead.Id).GetPageAsync($"/Bookings/Attendees/{e.Id}?handler=Csv");

        Assert.Contains("\"'=HYPERLINK(\"\"http://evil\"\")", csv);
        Assert.Contains("Pharmacist", csv);
        Assert.Contains(practice.OdsCode, csv);
    }

    [Fact]
    public async Task A_practice_manager_reserves_places_then_names_their_own_staff_and_nobody_else_can()
    {
        var practice = await factory.PracticeAsync();
        var otherPractice = await factory.PracticeAsync();
        var manager = await factory.Data.PersonAsync(practice.Id, ProfessionalRole.PracticeManager);
        var nurse = await factory.Data.PersonAsync(practice.Id);
        var outsider = await factory.Data.PersonAsync(otherPractice.Id);
        var e = await factory.BookableEventAsync(capacity: 3);
        var client = factory.CreateClientFor(manager.Id);
        var url = $"/Bookings/Reserve/{e.Id}";

        var tooMany = await client.PostFormAsync(url, new { Places = "4" }, url + "?handler=Reserve");
        Assert.Contains("Only 3 places are free", await tooMany.Content.ReadAsStringAsync());
        await client.PostFormAsync(url, new { Places = "2" }, url + "?handler=Reserve");
        var wrongPractice = await client.PostFormAsync(url, new { PersonId = outsider.Id.ToString() }, url + "?handler=Name");
        Assert.Contains("Choose someone who works in this practice", await wrongPractice.Content.ReadAsStringAsync());
        await client.PostFormAsync(url, new { PersonId = nurse.Id.ToString() }, url + "?handler=Name");

        var live = (await factory.BookingsOnAsync(e.Id)).Where(b => b.IsLive()).ToList();
        Assert.Equal(2, live.Count);
        Assert.All(live, b => Assert.Equal(practice.Id, b.PracticeId));
        Assert.Single(live, b => b.PersonId == nurse.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateClientFor(nurse.Id).GetAsync(url)).StatusCode);
        Assert.Contains("<strong>1</strong> of 3 places left", await factory.CreateClientFor(outsider.Id).GetPageAsync($"/Events/Details/{e.Id}"));
    }
}
