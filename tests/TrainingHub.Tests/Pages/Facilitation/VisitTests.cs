using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class VisitTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();


    private static Dictionary<string, string> Visit(string notes = "Went well", string duration = "60", params (string Description, string Owner, string Due)[] actions)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.VisitedOn"] = "2024-03-05", ["Input.Mode"] = "OnSite", ["Input.DurationMinutes"] = duration,
            ["Input.Purpose"] = "ItAndTemplates", ["Input.Notes"] = notes, ["Input.FollowUpOn"] = "2024-04-05",
        };
        foreach (var (a, i) in actions.Select((a, i) => (a, i)))
        {
            form[$"Input.Actions[{i}].Description"] = a.Description;
            form[$"Input.Actions[{i}].Owner"] = a.Owner;
            form[$"Input.Actions[{i}].DueOn"] = a.Due;
        }
        return form;
    }

    private Task<int> RecordAsync(HttpClient client, int practiceId, Dictionary<string, string> form) =>
        client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practiceId}", form)
            .ContinueWith(_ => factory.WithDbAsync(db => db.PracticeVisits.OrderByDescending(v => v.Id).Select(v => v.Id).FirstAsync())).Unwrap();

    [Fact]
    public async Task A_facilitator_records_a_visit_with_actions_and_its_notes_are_rendered_safely()
    {
        var (practice, facilitator, client) = await factory.FacilitatedPracticeAsync();

        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}",
            Visit("**Template** agreed <script>alert(1)</script> [x](javascript:alert(1))", "45", ("Load the YOC template", "Practice manager", "2024-03-19")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("<strong>Template</strong>", details);
        Assert.DoesNotContain("<script>alert", details);
        Assert.DoesNotContain("javascript:", details);
        Assert.Contains("Load the YOC template", details);
        var visit = await factory.WithDbAsync(db => db.PracticeVisits.Include(v => v.Actions).SingleAsync());
        Assert.Equal((facilitator.Id, 45, VisitPurpose.ItAndTemplates, VisitMode.OnSite), (visit.FacilitatorId, visit.DurationMinutes, visit.Purpose, visit.Mode));
        Assert.Equal(facilitator.Id, Assert.Single(visit.Actions).RecordedById);
    }

    [Fact]
    public async Task A_missing_length_is_refused_with_what_was_typed_kept()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();

        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}", Visit("Kept notes", ""));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Input_DurationMinutes\"", html);
        Assert.Contains("Kept notes", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeVisits.CountAsync()));
    }

    [Fact]
    public async Task A_facilitator_cannot_record_a_visit_to_a_practice_outside_their_caseload_by_editing_its_id()
    {
        var (own, _, client) = await factory.FacilitatedPracticeAsync();
        var other = await factory.Data.PracticeAsync((await factory.Data.PlaceAsync()).Id);

        var get = await client.GetAsync($"/Facilitation/Visits/Edit?practiceId={other.Id}");
        var post = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={own.Id}", Visit(), $"/Facilitation/Visits/Edit?practiceId={other.Id}");

        Assert.Contains("/Account/AccessDenied", get.Headers.Location?.OriginalString);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location?.OriginalString);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeVisits.CountAsync()));
    }

    [Fact]
    public async Task Nobody_but_the_facilitator_who_recorded_a_visit_can_change_it()
    {
        var (practice, _, owner) = await factory.FacilitatedPracticeAsync();
        var visitId = await RecordAsync(owner, practice.Id, Visit("Original"));
        var colleague = await factory.Data.FacilitatorAsync();
        var colleaguePractice = await factory.Data.PracticeAsync(practice.PlaceId);
        await factory.AssignAsync(colleague.Id, colleaguePractice.Id);
        var colleagueClient = factory.CreateClientFor(colleague.Id);
        var lead = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        foreach (var client in new[] { colleagueClient, lead })
        {
            Assert.Contains("/Account/AccessDenied", (await client.GetAsync($"/Facilitation/Visits/Edit/{visitId}")).Headers.Location?.OriginalString);
            var post = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={colleaguePractice.Id}", Visit("Overwritten"), $"/Facilitation/Visits/Edit/{visitId}");
            Assert.Contains("/Account/AccessDenied", post.Headers.Location?.OriginalString);
        }
        Assert.Equal("Original", await factory.WithDbAsync(db => db.PracticeVisits.Where(v => v.Id == visitId).Select(v => v.Notes).SingleAsync()));
        Assert.Contains("Original", await lead.GetPageAsync($"/Facilitation/Visits/Details/{visitId}"));
        Assert.Equal(HttpStatusCode.NotFound, (await colleagueClient.GetAsync($"/Facilitation/Visits/Details/{visitId}")).StatusCode);
    }

    [Fact]
    public async Task An_action_of_another_visit_cannot_be_changed_by_putting_its_id_in_the_form()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var (otherPractice, _, otherClient) = await factory.FacilitatedPracticeAsync();
        await RecordAsync(otherClient, otherPractice.Id, Visit("Theirs", "30", ("Their action", "Their nurse", "2024-05-01")));
        var theirAction = await factory.WithDbAsync(db => db.VisitActions.Select(a => a.Id).SingleAsync());
        var mine = await RecordAsync(client, practice.Id, Visit("Mine"));

        var form = Visit("Mine", "30", ("Hijacked", "Me", "2024-06-01"));
        form["Input.Actions[0].Id"] = theirAction.ToString();
        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit/{mine}", form);

        Assert.Contains("One of the actions is not part of this visit", await response.Content.ReadAsStringAsync());
        Assert.Equal("Their action", await factory.WithDbAsync(db => db.VisitActions.Where(a => a.Id == theirAction).Select(a => a.Description).SingleAsync()));
    }

    [Fact]
    public async Task Marking_an_action_done_records_the_day_and_an_emptied_action_is_removed()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var visitId = await RecordAsync(client, practice.Id, Visit("Two actions", "30", ("First", "Nurse", "2024-05-01"), ("Second", "GP", "2024-05-02")));
        var ids = await factory.WithDbAsync(db => db.VisitActions.OrderBy(a => a.DueOn).Select(a => a.Id).ToListAsync());

        var form = Visit("Two actions", "30", ("First", "Nurse", "2024-05-01"), ("", "", ""));
        form["Input.Actions[0].Id"] = ids[0].ToString();
        form["Input.Actions[0].Done"] = "true";
        form["Input.Actions[1].Id"] = ids[1].ToString();
        await client.PostFormAsync($"/Facilitation/Visits/Edit/{visitId}", form);

        var actions = await factory.WithDbAsync(db => db.VisitActions.ToListAsync());
        Assert.NotNull(Assert.Single(actions).DoneOn);
    }

    [Fact]
    public async Task A_facilitator_cannot_change_their_visit_once_the_practice_has_left_their_caseload()
    {
        var (practice, facilitator, client) = await factory.FacilitatedPracticeAsync();
        var visitId = await RecordAsync(client, practice.Id, Visit("Before the handover"));
        await factory.WithDbAsync(db => db.FacilitatorAssignments.Where(a => a.FacilitatorId == facilitator.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EndsOn, new DateOnly(2021, 1, 1))));

        Assert.Contains("/Account/AccessDenied", (await client.GetAsync($"/Facilitation/Visits/Edit/{visitId}")).Headers.Location?.OriginalString);
        Assert.Contains("Before the handover", await client.GetPageAsync($"/Facilitation/Visits/Details/{visitId}"));
    }
}
