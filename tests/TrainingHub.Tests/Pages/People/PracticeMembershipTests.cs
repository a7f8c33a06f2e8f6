using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Bookings;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Practices;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.People.PeopleInPractices;

namespace TrainingHub.Tests.Pages.People;

/// <summary>People belong to practices: invited with one, moved by a lead or by themselves, and their training counted where they completed it.</summary>
public sealed class PracticeMembershipTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();
    private Place place = null!;
    private Practice bartlemas = null!;
    private Practice cowley = null!;
    private Person lead = null!;

    public async Task InitializeAsync()
    {
        place = await factory.Data.PlaceAsync("10Q", "Oxfordshire");
        bartlemas = await factory.Data.PracticeAsync(place.Id, "K84001", "BARTLEMAS SURGERY");
        cowley = await factory.Data.PracticeAsync(place.Id, "K84002", "COWLEY ROAD MEDICAL PRACTICE");
        lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<Person> PersonByEmailAsync(string email) => factory.WithDbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.WorkEmail == email));

    [Fact]
    public async Task A_person_invited_with_a_practice_accepts_books_attends_and_their_practice_counts_as_trained()
    {
        var leadClient = factory.CreateClientFor(lead.Id);
        var invited = await leadClient.PostFormAsync("/People/Invite",
            InviteFields("Siân", "O'Neill", "sian.oneill@nhs.example", bartlemas.Id.ToString(), ProfessionalRole.PracticeNurse));
        Assert.Empty(ErrorSummary(await invited.Content.ReadAsStringAsync()));
        var anonymous = factory.CreateAnonymousClient();
        var link = factory.LinkTo("sian.oneill@nhs.example", "/Account/AcceptInvitation");
        await anonymous.PostFormAsync(link, Accounts.LinkFields(await anonymous.GetPageAsync(link))
            .Concat(new Dictionary<string, string> { ["Input.Password"] = Accounts.Password, ["Input.ConfirmPassword"] = Accounts.Password }));
        var sian = await factory.SignedInClientAsync("sian.oneill@nhs.example");
        var e = await factory.BookableEventAsync();
        Assert.Equal(0, TrainedIn(await leadClient.GetPageAsync("/Coverage"), place.Id));

        var booked = await sian.BookAsync(e.Id);

        var bookingId = BookingsTestData.BookingIdFrom(booked);
        Assert.True(bookingId is not null, $"Booking was refused: {await booked.Content.ReadAsStringAsync()}");
        Assert.Contains("Your place is confirmed", await sian.GetPageAsync(booked.Headers.Location!.OriginalString));
        await factory.HeldAsync(e.Id);
        await factory.MarkPresentAsync(leadClient, e.Id, bookingId.Value);
        var booking = Assert.Single(await factory.BookingsOnAsync(e.Id));
        Assert.Equal((BookingState.Attended, bartlemas.Id), (booking.State, booking.PracticeId!.Value));
        Assert.Equal(1, TrainedIn(await leadClient.GetPageAsync("/Coverage"), place.Id));
    }

    [Theory]
    [InlineData("bartlemas")]
    [InlineData("k84001")]
    [InlineData("OX")]
    public async Task The_invitation_form_finds_practices_in_the_register_by_name_ods_code_or_postcode(string search)
    {
        var client = factory.CreateClientFor(lead.Id);

        var response = await client.PostFormAsync("/People/Invite", new Dictionary<string, string>
        {
            ["Input.GivenName"] = "Typed", ["Workplace.Search"] = search, ["Workplace.Find"] = "true",
        });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(bartlemas.Id.ToString(), PracticesOffered(html).Keys);
        Assert.StartsWith("Bartlemas Surgery, K84001", PracticesOffered(html)[bartlemas.Id.ToString()]);
        Assert.Empty(ErrorSummary(html));
        Assert.Equal(0, await factory.WithDbAsync(db => db.People.CountAsync(p => p.GivenName == "Typed")));
    }

    [Fact]
    public async Task Inviting_someone_to_a_closed_practice_is_refused_with_the_reason_and_adds_nobody()
    {
        var closed = await factory.Data.PracticeAsync(place.Id, "K84099", "OLD MILL SURGERY", PracticeStatus.Closed);

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/People/Invite",
            InviteFields("Ade", "Okafor", "ade@nhs.example", closed.Id.ToString(), ProfessionalRole.GeneralPractitioner));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(["Old Mill Surgery (K84099) is closed in the NHS register: choose the practice they work in now"], ErrorSummary(html));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.WorkEmail == "ade@nhs.example")));
        Assert.Empty(factory.Mails());
    }

    [Fact]
    public async Task Inviting_without_choosing_a_role_or_practice_names_both_in_field_order()
    {
        var fields = InviteFields("Ade", "Okafor", "ade@nhs.example", "", ProfessionalRole.GeneralPractitioner);
        fields["Workplace.Role"] = "";

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync("/People/Invite", fields);

        Assert.Equal(["Choose their job role", "Search for their practice and choose it, or choose programme staff with no practice"],
            ErrorSummary(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task A_lead_moves_a_person_and_the_history_and_both_practice_profiles_show_it()
    {
        var person = await factory.Data.PersonAsync(bartlemas.Id, ProfessionalRole.PracticeNurse);
        var client = factory.CreateClientFor(lead.Id);

        var response = await client.PostFormAsync($"/People/{person.Id}", WorkplaceFields(cowley.Id.ToString(), ProfessionalRole.GeneralPractitioner),
            $"/People/{person.Id}?handler=Workplace");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync($"/People/{person.Id}");
        Assert.Equal("Cowley Road Medical Practice (K84002), GP", Text(page, "#current-workplace"));
        var change = Assert.Single(History(page));
        Assert.Equal(["Bartlemas Surgery (K84001), Practice nurse", "Cowley Road Medical Practice (K84002), GP", "Changed by a lead", lead.FullName], change[1..]);
        var recorded = await factory.WithDbAsync(db => db.PersonPracticeChanges.SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal((bartlemas.Id, cowley.Id, lead.Id), (recorded.FromPracticeId!.Value, recorded.ToPracticeId!.Value, recorded.ByPersonId!.Value));
        var oldProfile = await client.GetPageAsync($"/Practices/{bartlemas.Id}");
        Assert.DoesNotContain(person.FullName, Column(oldProfile, ".th-current-staff"));
        Assert.Equal([person.FullName], Column(oldProfile, ".th-former-staff"));
        Assert.Equal([person.FullName], Column(await client.GetPageAsync($"/Practices/{cowley.Id}"), ".th-current-staff"));
    }

    [Fact]
    public async Task A_person_corrects_their_own_practice_and_cannot_choose_one_that_left_the_programmes_area()
    {
        var person = await factory.Data.PersonAsync(bartlemas.Id, ProfessionalRole.PracticeNurse);
        var other = await factory.Data.PersonAsync(bartlemas.Id, ProfessionalRole.PracticeNurse);
        var departed = await factory.Data.PracticeAsync(place.Id, "K84050", "RIVERSIDE SURGERY");
        await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == departed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LeftProgrammeOn, new DateOnly(2025, 1, 1))));
        var client = factory.CreateClientFor(person.Id);

        var refused = await client.PostFormAsync("/Account/Practice", WorkplaceFields(departed.Id.ToString(), ProfessionalRole.PracticeNurse));
        var moved = await client.PostFormAsync("/Account/Practice",
            WorkplaceFields(cowley.Id.ToString(), ProfessionalRole.HealthcareAssistant).Append(new("personId", other.Id.ToString())));

        Assert.Equal(["Riverside Surgery (K84050) left the programme's area on 1 January 2025: its staff cannot join the programme through it"],
            ErrorSummary(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var page = await client.GetPageAsync(moved.Headers.Location!.OriginalString);
        Assert.Equal("Your practice and job role are saved.", Text(page, "[role=status]"));
        Assert.Equal(["Cowley Road Medical Practice (K84002), Healthcare assistant", "Corrected on their account page", "Themselves"], Assert.Single(History(page))[2..]);
        Assert.Equal((bartlemas.Id, ProfessionalRole.PracticeNurse), await factory.WithDbAsync(db =>
            db.People.Where(p => p.Id == other.Id).Select(p => ValueTuple.Create(p.PracticeId!.Value, p.ProfessionalRole)).SingleAsync()));
    }

    [Fact]
    public async Task Training_counts_for_the_practice_the_person_worked_in_when_they_completed()
    {
        var person = await factory.Data.PersonAsync(bartlemas.Id, ProfessionalRole.PracticeManager);
        var client = factory.CreateClientFor(person.Id);
        var leadClient = factory.CreateClientFor(lead.Id);
        var first = await factory.BookableEventAsync();
        var second = await factory.BookableEventAsync();
        var firstBooking = BookingsTestData.BookingIdFrom(await client.BookAsync(first.Id))!.Value;
        var secondBooking = BookingsTestData.BookingIdFrom(await client.BookAsync(second.Id))!.Value;
        await factory.HeldAsync(first.Id, daysAgo: 2);
        await factory.MarkPresentAsync(leadClient, first.Id, firstBooking);

        await client.PostFormAsync("/Account/Practice", WorkplaceFields(cowley.Id.ToString(), ProfessionalRole.PracticeNurse));
        await factory.HeldAsync(second.Id, daysAgo: 1);
        await factory.MarkPresentAsync(leadClient, second.Id, secondBooking);

        var bookings = await factory.WithDbAsync(db => db.Bookings.AsNoTracking().Where(b => b.PersonId == person.Id).OrderBy(b => b.Id)
            .Select(b => new { b.State, b.PracticeId, b.ProfessionalRole }).ToListAsync());
        Assert.Equal((BookingState.Attended, bartlemas.Id, ProfessionalRole.PracticeManager), (bookings[0].State, bookings[0].PracticeId!.Value, bookings[0].ProfessionalRole!.Value));
        Assert.Equal((BookingState.Attended, cowley.Id, ProfessionalRole.PracticeNurse), (bookings[1].State, bookings[1].PracticeId!.Value, bookings[1].ProfessionalRole!.Value));
        // Only the nurse's completion trains a practice, and it was completed at Cowley Road.
        var coverage = await leadClient.GetPageAsync("/Coverage");
        Assert.Equal(1, TrainedIn(coverage, place.Id));
        Assert.Equal(["K84001"], NotTrainedOdsCodes(coverage));
        Assert.Contains("People count for the practice and job role they had when they completed", coverage);
    }
}
