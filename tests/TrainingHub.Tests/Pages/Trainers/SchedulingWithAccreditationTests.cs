using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

public sealed class SchedulingWithAccreditationTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> LeadAsync() => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
    private Task<Person> TrainerAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private static List<KeyValuePair<string, string>> Form(DateOnly day, string title, params (int PersonId, string Role)[] trainers)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.EventTypeId", "2"), new("Input.Title", title), new("Input.IsOnline", "false"),
            new("Input.VenueName", "Reading Town Hall"), new("Input.Capacity", "20"), new("Input.Sequence", "0"),
            new("Input.Sessions[0].Date", day.ToString("yyyy-MM-dd")), new("Input.Sessions[0].Start", "09:30"), new("Input.Sessions[0].End", "16:00"),
        };
        for (var i = 0; i < trainers.Length; i++)
        {
            fields.Add(new($"Input.Trainers[{i}].PersonId", trainers[i].PersonId.ToString()));
            fields.Add(new($"Input.Trainers[{i}].Role", trainers[i].Role));
        }
        return fields;
    }

    [Fact]
    public async Task A_trainer_leads_on_the_last_day_of_their_accreditation_but_not_on_the_day_it_has_expired()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var lastDay = factory.Today().AddDays(60);
        await factory.AccreditAsync(trainer.Id, lastDay);
        var client = factory.CreateClientFor(lead.Id);

        var onLastDay = await client.PostFormAsync("/Events/Edit?typeId=2", Form(lastDay, "On the last day", (trainer.Id, "Lead")), "/Events/Edit");
        Assert.Equal(HttpStatusCode.Redirect, onLastDay.StatusCode);
        var dayAfter = await client.PostFormAsync("/Events/Edit?typeId=2", Form(lastDay.AddDays(1), "The day after", (trainer.Id, "Lead")), "/Events/Edit");
        Assert.Contains("not accredited to lead this event on every session day", await dayAfter.Content.ReadAsStringAsync());
        Assert.Equal(["On the last day"], await factory.WithDbAsync(db => db.ProgrammeEvents.Select(e => e.Title).ToListAsync()));
    }

    [Fact]
    public async Task A_trainee_co_delivers_only_beside_an_accredited_lead()
    {
        var lead = await LeadAsync();
        var accredited = await TrainerAsync();
        var trainee = await TrainerAsync();
        var unaccredited = await TrainerAsync();
        var day = factory.Today().AddDays(30);
        await factory.AccreditAsync(accredited.Id, day.AddYears(1));
        var client = factory.CreateClientFor(lead.Id);

        var alone = await client.PostFormAsync("/Events/Edit?typeId=2", Form(day, "Without", (unaccredited.Id, "CoTrainer"), (trainee.Id, "CoTrainer")), "/Events/Edit");
        Assert.Contains("can co-deliver only beside an accredited lead trainer", await alone.Content.ReadAsStringAsync());
        var beside = await client.PostFormAsync("/Events/Edit?typeId=2", Form(day, "Beside", (accredited.Id, "Lead"), (trainee.Id, "CoTrainer")), "/Events/Edit");
        Assert.Equal(HttpStatusCode.Redirect, beside.StatusCode);
    }

    [Fact]
    public async Task Two_leads_allocating_the_same_trainer_to_overlapping_events_at_once_save_only_one()
    {
        var first = await LeadAsync();
        var second = await LeadAsync();
        var trainer = await TrainerAsync();
        var day = factory.Today().AddDays(45);
        await factory.AccreditAsync(trainer.Id, day.AddYears(1));
        var clients = new[] { factory.CreateClientFor(first.Id), factory.CreateClientFor(second.Id) };
        // Both forms are read (and so checked against an empty diary) before either is saved.
        var tokens = await Task.WhenAll(clients.Select(async c => Forms.AntiforgeryToken(await c.GetPageAsync("/Events/Edit?typeId=2"))));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync("/Events/Edit",
            new FormUrlEncodedContent(Form(day, $"Course {i}", (trainer.Id, "Lead")).Append(new("__RequestVerificationToken", tokens[i]))))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(1, await factory.WithDbAsync(db => db.EventTrainers.CountAsync(t => t.PersonId == trainer.Id)));
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.Redirect);
        Assert.Contains("overlapping time", await refused.Content.ReadAsStringAsync());
    }
}
