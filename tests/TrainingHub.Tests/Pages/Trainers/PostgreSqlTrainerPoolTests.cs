using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

/// <summary>The allocation race on the production database, where row locks (not one writer at a time) decide it.</summary>
public sealed class PostgreSqlTrainerPoolTests : PostgreSqlPortal
{
    [Fact]
    public async Task On_postgresql_leads_allocating_one_trainer_to_overlapping_events_at_once_save_only_one()
    {
        var leads = new List<Person>();
        for (var i = 0; i < 4; i++) leads.Add(await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead));
        var trainer = await Factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        var day = Factory.Today().AddDays(45);
        await Factory.AccreditAsync(trainer.Id, day.AddYears(1));
        var clients = leads.Select(l => Factory.CreateClientFor(l.Id)).ToList();
        var tokens = await Task.WhenAll(clients.Select(async c => Forms.AntiforgeryToken(await c.GetPageAsync("/Events/Edit?typeId=2"))));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync("/Events/Edit", new FormUrlEncodedContent(
        [
            new("Input.EventTypeId", "2"), new("Input.Title", $"Course {i}"), new("Input.IsOnline", "false"), new("Input.VenueName", "Hall"),
            new("Input.Capacity", "20"), new("Input.Sequence", "0"), new("Input.Sessions[0].Date", day.ToString("yyyy-MM-dd")),
            new("Input.Sessions[0].Start", "09:30"), new("Input.Sessions[0].End", "16:00"),
            new("Input.Trainers[0].PersonId", trainer.Id.ToString()), new("Input.Trainers[0].Role", "Lead"),
            new KeyValuePair<string, string>("__RequestVerificationToken", tokens[i]),
        ]))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Redirect), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await Factory.WithDbAsync(db => db.EventTrainers.CountAsync(t => t.PersonId == trainer.Id)));
    }
}
