using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Practices;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class JourneyTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();


    private static Dictionary<string, string> Form(PracticeStage stage, string? reason = null, params string[] conditions)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Stage"] = stage.ToString(), ["Input.Level"] = "Level1", ["Input.EffectiveOn"] = "2024-05-01",
            ["Input.Reason"] = reason ?? "", ["Input.SeenStage"] = "NotEngaged", ["Input.SeenConditions"] = "0", ["Input.SeenLevel"] = "NotSignedUp",
        };
        foreach (var (c, i) in conditions.Select((c, i) => (c, i))) form[$"Input.Conditions[{i}]"] = c;
        return form;
    }

    [Fact]
    public async Task A_facilitator_moves_their_practice_forward_and_the_profile_timeline_shows_each_change()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();

        var response = await client.PostFormAsync($"/Facilitation/Journey/{practice.Id}", Form(PracticeStage.Engaged, null, "Diabetes", "Respiratory"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var changes = await factory.WithDbAsync(db => db.PracticeJourneyChanges.Where(c => c.PracticeId == practice.Id).Select(c => c.Aspect).ToListAsync());
        Assert.Equal([JourneyAspect.Stage, JourneyAspect.ConditionsInScope, JourneyAspect.EnhancedServiceLevel], changes.Order());
        var profile = await client.GetPageAsync($"/Practices/{practice.Id}");
        Assert.Contains("Stage: Not engaged to Engaged", profile);
        Assert.Contains("Conditions in scope: Diabetes, Respiratory (was None recorded)", profile);
        Assert.Contains("Local enhanced service: Level 1 (was Not signed up)", profile);
    }

    [Fact]
    public async Task Skipping_a_stage_without_a_reason_is_refused_and_changes_nothing()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();

        var response = await client.PostFormAsync($"/Facilitation/Journey/{practice.Id}", Form(PracticeStage.Trained));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give a reason for moving straight to Trained and skipping a stage", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeJourneyChanges.CountAsync()));
        Assert.Equal(EnhancedServiceLevel.NotSignedUp, await factory.WithDbAsync(db => db.Practices.Where(p => p.Id == practice.Id).Select(p => p.EnhancedServiceLevel).SingleAsync()));
    }

    [Fact]
    public async Task A_second_change_made_from_the_same_starting_point_is_refused_as_a_conflict()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var lead = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        await lead.PostFormAsync($"/Facilitation/Journey/{practice.Id}", Form(PracticeStage.Engaged));
        var second = await client.PostFormAsync($"/Facilitation/Journey/{practice.Id}", Form(PracticeStage.InTraining, "Went straight to training"));

        Assert.Contains("Someone else changed this practice&#x27;s journey while you were editing", await second.Content.ReadAsStringAsync());
        Assert.Equal(PracticeStage.Engaged, await factory.WithDbAsync(db => db.PracticeJourneys.Where(j => j.PracticeId == practice.Id).Select(j => j.Stage).SingleAsync()));
    }

    [Fact]
    public async Task A_facilitator_cannot_change_the_journey_of_a_practice_outside_their_caseload()
    {
        var (own, _, client) = await factory.FacilitatedPracticeAsync();
        var place = await factory.Data.PlaceAsync();
        var other = await factory.Data.PracticeAsync(place.Id);

        var get = await client.GetAsync($"/Facilitation/Journey/{other.Id}");
        // A real token from the facilitator's own practice's form, posted to the other practice's address.
        var post = await client.PostFormAsync($"/Facilitation/Journey/{own.Id}", Form(PracticeStage.Engaged), $"/Facilitation/Journey/{other.Id}");

        Assert.Contains("/Account/AccessDenied", get.Headers.Location?.OriginalString);
        Assert.Contains("/Account/AccessDenied", post.Headers.Location?.OriginalString);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeJourneyChanges.CountAsync()));
    }
}
