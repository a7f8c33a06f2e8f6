using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

public sealed class TrainerSessionsTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> TrainerAsync(string? familyName = null) => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private Task AddCoTrainerAsync(int eventId, int personId) => factory.WithDbAsync(async db =>
    {
        db.EventTrainers.Add(new EventTrainer { ProgrammeEventId = eventId, PersonId = personId, Role = TrainerRole.CoTrainer });
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_trainer_sees_their_coming_and_recent_deliveries_with_co_trainers_places_taken_and_registers_and_nobody_elses()
    {
        var trainer = await TrainerAsync();
        var colleague = await TrainerAsync();
        var stranger = await TrainerAsync();
        var coming = await factory.EventWithSessionsAsync(factory.Now().AddDays(10), days: 2, trainerId: trainer.Id);
        await AddCoTrainerAsync(coming.Id, colleague.Id);
        var delivered = await factory.EventWithSessionsAsync(factory.DaysAgo(5), trainerId: colleague.Id);
        await AddCoTrainerAsync(delivered.Id, trainer.Id);
        var notMine = await factory.EventWithSessionsAsync(factory.Now().AddDays(3), trainerId: stranger.Id);
        var attendee = await factory.Data.PersonAsync();
        await factory.BookingAsync(coming.Id, attendee.Id);
        await factory.BookingAsync(coming.Id, (await factory.Data.PersonAsync()).Id, state: BookingState.Cancelled);

        var page = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync("/Trainers/Sessions"));

        var cards = page.QuerySelectorAll("[data-event]").ToList();
        Assert.Equal([coming.Id.ToString(), delivered.Id.ToString()], cards.Select(c => c.GetAttribute("data-event")));
        Assert.Equal($"{colleague.GivenName} {colleague.FamilyName}", cards[0].QuerySelector(".co-trainers")!.TextContent.Trim());
        Assert.Equal("1 of 60", cards[0].QuerySelector(".places-taken")!.TextContent.Trim());
        Assert.Equal($"{colleague.GivenName} {colleague.FamilyName} (lead)", cards[1].QuerySelector(".co-trainers")!.TextContent.Trim());
        var registers = cards[0].QuerySelectorAll("a[href^='/Register/Session/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(coming.Sessions.Select(s => $"/Register/Session/{s.Id}"), registers);
        Assert.Equal($"/Trainers/Attendees/{coming.Id}", cards[0].QuerySelector("a[href^='/Trainers/Attendees/']")!.GetAttribute("href"));
        Assert.DoesNotContain(notMine.Title, page.Body!.TextContent);
    }

    [Fact]
    public async Task The_attendee_list_shows_who_is_booked_and_waiting_to_the_events_trainer_only()
    {
        var trainer = await TrainerAsync();
        var other = await TrainerAsync();
        var coming = await factory.EventWithSessionsAsync(factory.Now().AddDays(10), trainerId: trainer.Id);
        var booked = await factory.Data.PersonAsync();
        var waiting = await factory.Data.PersonAsync();
        await factory.BookingAsync(coming.Id, booked.Id);
        await factory.BookingAsync(coming.Id, waiting.Id, state: BookingState.Waitlisted);

        var page = PageHtml.Parse(await factory.CreateClientFor(trainer.Id).GetPageAsync($"/Trainers/Attendees/{coming.Id}"));

        Assert.Contains(booked.FamilyName, page.TextOf("#booked"));
        Assert.Contains(waiting.FamilyName, page.TextOf("#waiting"));
        Assert.DoesNotContain(waiting.FamilyName, page.TextOf("#booked"));
        var refused = await factory.CreateClientFor(other.Id).GetAsync($"/Trainers/Attendees/{coming.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task An_accreditation_expiring_within_90_days_is_flagged_on_the_trainers_home_page_and_the_pool_page()
    {
        var soon = await TrainerAsync();
        var later = await TrainerAsync();
        await factory.AccreditAsync(soon.Id, factory.Today().AddDays(70));
        await factory.AccreditAsync(later.Id, factory.Today().AddDays(120));

        var home = PageHtml.Parse(await factory.CreateClientFor(soon.Id).GetPageAsync("/"));
        Assert.Contains("YOC training course", home.TextOf("#accreditations-expiring"));
        Assert.Contains("70 days left", home.TextOf("#accreditations-expiring"));
        var notYet = PageHtml.Parse(await factory.CreateClientFor(later.Id).GetPageAsync("/"));
        Assert.Null(notYet.QuerySelector("#accreditations-expiring"));

        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var pool = PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync("/Trainers"));
        var flagged = pool.QuerySelectorAll("tr").Where(r => r.QuerySelector(".th-expiring") is not null).Select(r => r.TextContent).ToList();
        Assert.Single(flagged);
        Assert.Contains(soon.FamilyName, flagged[0]);
    }
}
