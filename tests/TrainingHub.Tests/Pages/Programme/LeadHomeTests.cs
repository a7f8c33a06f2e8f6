using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Notifications;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Hosting;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Programme;

public sealed class LeadHomeTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With(DatabaseCommandCount.Setting, "true").OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> LeadAsync() => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);

    private static string Figure(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"[data-figure='{name}']")?.TextContent.Trim() ?? "";

    /// <summary>Events of every kind the figures count, and some they must not.</summary>
    private async Task<(ProgrammeEvent NoLead, ProgrammeEvent Empty, ProgrammeEvent Full)> ProgrammeAsync(int trainerId)
    {
        var noLead = await factory.EventWithSessionsAsync(factory.Now().AddDays(30));
        await factory.EventWithSessionsAsync(factory.Now().AddDays(70));                      // after eight weeks
        await factory.EventWithSessionsAsync(factory.Now().AddDays(20), status: EventStatus.Cancelled);
        var empty = await factory.EventWithSessionsAsync(factory.Now().AddDays(5), trainerId: trainerId);
        var full = await factory.EventWithSessionsAsync(factory.Now().AddDays(6), trainerId: trainerId);
        await factory.WithDbAsync(db => db.ProgrammeEvents.Where(e => e.Id == full.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Capacity, 2)));
        await factory.BookingAsync(full.Id, (await factory.Data.PersonAsync()).Id);
        await factory.BookingAsync(full.Id, (await factory.Data.PersonAsync()).Id, state: BookingState.Waitlisted);
        await factory.BookingAsync(full.Id, (await factory.Data.PersonAsync()).Id, state: BookingState.Waitlisted);
        return (noLead, empty, full);
    }

    private Task FailedMessageAsync(int personId) => factory.WithDbAsync(async db =>
    {
        db.Notifications.Add(new Notification
        {
            Kind = "booking-confirmed", Subject = Guid.NewGuid().ToString("N"), RecipientPersonId = personId, Occurrence = "0", ValuesJson = "{}",
            Status = NotificationStatus.Failed, CreatedAt = factory.Now(), DueAt = factory.Now(),
        });
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_lead_starts_the_day_with_the_figures_each_linked_to_the_list_behind_it()
    {
        var lead = await LeadAsync();
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var place = await factory.Data.PlaceAsync(name: "Slough");
        await factory.Data.PracticeAsync(place.Id);
        var (noLead, empty, full) = await ProgrammeAsync(trainer.Id);
        await FailedMessageAsync(lead.Id);
        var client = factory.CreateClientFor(lead.Id);

        var home = PageHtml.Parse(await client.GetPageAsync("/"));

        Assert.Equal("1", Figure(home, "without-lead"));
        Assert.Equal("1", Figure(home, "under-half-full"));
        Assert.Equal("1 (2 people)", Figure(home, "waiting"));
        Assert.Equal("1", Figure(home, "failed"));
        Assert.Equal("0", Figure(home, "reviews-overdue"));
        Assert.Contains("Slough", home.TextOf("#coverage-by-place"));
        var links = home.QuerySelectorAll("#lead-figures a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/Programme/Attention#without-lead", "/Programme/Attention#under-half-full", "/Programme/Attention#waiting", "/Outbox", "/Facilitation"], links);

        var lists = PageHtml.Parse(await client.GetPageAsync("/Programme/Attention"));
        string EventsUnder(string id) => string.Join("|", lists.QuerySelector($"#{id}")!.NextElementSibling!.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal(noLead.Title, EventsUnder("without-lead"));
        Assert.Equal(empty.Title, EventsUnder("under-half-full"));
        Assert.Equal(full.Title, EventsUnder("waiting"));
    }

    [Fact]
    public async Task The_shared_figures_follow_a_change_to_the_programme_and_failed_messages_are_counted_live()
    {
        var lead = await LeadAsync();
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await ProgrammeAsync(trainer.Id);
        var client = factory.CreateClientFor(lead.Id);
        var before = PageHtml.Parse(await client.GetPageAsync("/"));
        Assert.Equal("1", Figure(before, "without-lead"));
        Assert.Equal("0", Figure(before, "failed"));

        // The outbox's own writes start no new shared report, so a failure shows only if it is counted live.
        await FailedMessageAsync(lead.Id);
        Assert.Equal("1", Figure(PageHtml.Parse(await client.GetPageAsync("/")), "failed"));

        await factory.EventWithSessionsAsync(factory.Now().AddDays(40));
        Assert.Equal("2", Figure(PageHtml.Parse(await client.GetPageAsync("/")), "without-lead"));
    }

    [Fact]
    public async Task The_lead_home_page_runs_the_same_number_of_database_commands_however_much_the_programme_holds()
    {
        var lead = await LeadAsync();
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var client = factory.CreateClientFor(lead.Id);
        async Task<int> CommandsAsync()
        {
            await client.GetPageAsync("/");
            using var response = await client.GetAsync("/");
            return int.Parse(Assert.Single(response.Headers.GetValues(DatabaseCommandCount.Header)));
        }
        await ProgrammeAsync(trainer.Id);
        var small = await CommandsAsync();

        for (var i = 0; i < 4; i++) await ProgrammeAsync(trainer.Id);
        await FailedMessageAsync(lead.Id);

        Assert.Equal(small, await CommandsAsync());
    }
}
