using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Pages.Register;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Register;

public sealed class SignInSheetTests : IDisposable
{
    // Tuesday 2 June 2026, 09:30 to 16:30 UK time (BST).
    private static readonly DateTimeOffset Start = new(2026, 6, 2, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BookedAt = Start.AddDays(-20);

    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> TrainerAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private Task<ProgrammeEvent> EventAsync(int? trainerId = null) => factory.WithDbAsync(async db =>
    {
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = "YOC training course, Reading", VenueName = "Town Hall", VenueAddress = "Blagrave Street, Reading",
            Capacity = 20, Status = EventStatus.Published, CreatedAt = BookedAt, UpdatedAt = BookedAt,
            Sessions = [new EventSession { StartsAt = Start, EndsAt = Start.AddHours(7) }],
        };
        if (trainerId is { } id) e.Trainers.Add(new EventTrainer { PersonId = id, Role = TrainerRole.Lead });
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });

    private Task BookAsync(int eventId, Person person, int? practiceId, BookingState state, ProfessionalRole? role = null) => factory.WithDbAsync(async db =>
    {
        db.Bookings.Add(TestBookings.In(state, eventId, person.Id, BookedAt, practiceId, role, movedAt: BookedAt.AddDays(1)));
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_sheet_lists_everyone_booked_with_practice_and_role_and_blank_rows_but_not_cancelled_or_waiting_people()
    {
        var trainer = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id, name: "Kennet Surgery");
        var siobhan = await factory.Data.PersonAsync(practice.Id, ProfessionalRole.PracticeNurse);
        await factory.WithDbAsync(db => db.People.Where(p => p.Id == siobhan.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.GivenName, "Siobhán").SetProperty(p => p.FamilyName, "O'Neill <b>")));
        var gp = await factory.Data.PersonAsync(practice.Id, ProfessionalRole.GeneralPractitioner);
        var cancelled = await factory.Data.PersonAsync(practice.Id);
        var waiting = await factory.Data.PersonAsync(practice.Id);
        await BookAsync(e.Id, siobhan, practice.Id, BookingState.Booked, ProfessionalRole.PracticeNurse);
        await BookAsync(e.Id, gp, practice.Id, BookingState.Booked, ProfessionalRole.GeneralPractitioner);
        await BookAsync(e.Id, cancelled, practice.Id, BookingState.Cancelled);
        await BookAsync(e.Id, waiting, practice.Id, BookingState.Waitlisted);

        var page = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync($"/Register/SignInSheet/{e.Sessions[0].Id}"));

        Assert.Equal("YOC training course, Reading", page.TextOf("h1"));
        var details = page.TextOf("#session-details");
        Assert.Contains("Tuesday 2 June 2026, 09:30 to 16:30 BST", details);
        Assert.Contains("Town Hall, Blagrave Street, Reading", details);
        Assert.Contains($"{trainer.GivenName} {trainer.FamilyName}", details);
        var booked = page.QuerySelectorAll("#sign-in-sheet tbody tr.th-sign-in-sheet__booked")
            .Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(2, booked.Count);
        Assert.Contains(new[] { "Siobhán O'Neill <b>", "Kennet Surgery", "Practice nurse", "" }, booked);
        Assert.Contains(new[] { $"{gp.GivenName} {gp.FamilyName}", "Kennet Surgery", "GP", "" }, booked);
        var names = booked.Select(r => r[0]).ToList();
        Assert.DoesNotContain($"{cancelled.GivenName} {cancelled.FamilyName}", names);
        Assert.DoesNotContain($"{waiting.GivenName} {waiting.FamilyName}", names);
        var blank = page.QuerySelectorAll("#sign-in-sheet tbody tr.th-sign-in-sheet__blank").ToList();
        Assert.Equal(SignInSheetModel.BlankRows, blank.Count);
        Assert.All(blank, r => Assert.Equal(4, r.QuerySelectorAll("td").Length));
        Assert.Null(page.QuerySelector("#sign-in-sheet b"));
    }

    [Fact]
    public async Task The_register_links_to_the_sheet_and_a_trainer_not_on_the_event_finds_no_sheet()
    {
        var trainer = await TrainerAsync();
        var other = await TrainerAsync();
        var e = await EventAsync(trainer.Id);
        var session = e.Sessions[0].Id;

        var register = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync($"/Register/Session/{session}"));
        var link = Assert.Single(register.QuerySelectorAll("a"), a => a.TextContent == "Print a sign-in sheet");
        Assert.Equal($"/Register/SignInSheet/{session}", link.GetAttribute("href"));

        var response = await factory.CreateClientFor(other.Id).GetAsync($"/Register/SignInSheet/{session}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
