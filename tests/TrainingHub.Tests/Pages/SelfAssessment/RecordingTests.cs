using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;
using static TrainingHub.Tests.Pages.SelfAssessment.SelfAssessmentData;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>Leads start, rate and submit self-assessments through the real pages.</summary>
public sealed class RecordingTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private Place place = null!;
    private Person lead = null!;
    private HttpClient client = null!;
    private string Area => $"place:{place.Id}";

    public async Task InitializeAsync()
    {
        place = await factory.Data.PlaceAsync(name: "Oxfordshire");
        lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        client = factory.CreateClientFor(lead.Id);
    }

    public Task DisposeAsync()
    {
        client.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }

    private Task<HttpResponseMessage> StartAsync(string area, string day, string month, string year) =>
        client.PostFormAsync("/SelfAssessment/Create", new Dictionary<string, string>
        {
            ["Input.Area"] = area, ["Input.AssessedOn.Day"] = day, ["Input.AssessedOn.Month"] = month, ["Input.AssessedOn.Year"] = year,
        });

    private async Task<int> StartDraftAsync(string day = "1", string month = "3", string year = "2026")
    {
        var response = await StartAsync(Area, day, month, year);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[2]);
    }

    private Task<TrainingHub.Web.Data.Entities.SelfAssessment> LoadAsync(int id) => factory.WithDbAsync(db =>
        db.SelfAssessments.AsNoTracking().Include(a => a.Ratings).ThenInclude(r => r.Actions).SingleAsync(a => a.Id == id));

    private async Task<HttpResponseMessage> SaveFoundationAsync(int id, int foundation, int level, string evidence, params KeyValuePair<string, string>[] more)
    {
        var version = (await LoadAsync(id)).Version;
        var url = $"/SelfAssessment/{id}/Edit/{Matrix.Foundations[foundation].Id}";
        return await client.PostFormAsync(url, FoundationForm(Matrix.Foundations[foundation], version, level, evidence).Concat(more));
    }

    [Fact]
    public async Task A_lead_rates_every_enabler_foundation_by_foundation_and_submits_the_assessment()
    {
        var id = await StartDraftAsync();

        for (var f = 0; f < Matrix.Foundations.Count; f++)
        {
            var saved = await SaveFoundationAsync(id, f, f + 2, $"Evidence for {Matrix.Foundations[f].Title}",
                new("Input.Ratings[0].Actions[0].Description", "Co-produce leaflets"), new("Input.Ratings[0].Actions[0].Owner", "Place lead"),
                new("Input.Ratings[0].Actions[0].DueOn.Day", "30"), new("Input.Ratings[0].Actions[0].DueOn.Month", "6"),
                new("Input.Ratings[0].Actions[0].DueOn.Year", "2026"));
            var next = f + 1 < Matrix.Foundations.Count ? $"/SelfAssessment/{id}/Edit/{Matrix.Foundations[f + 1].Id}" : $"/SelfAssessment/{id}/Submit";
            Assert.Equal(next, saved.Headers.Location?.OriginalString);
        }
        var version = (await LoadAsync(id)).Version;
        var submitted = await client.PostFormAsync($"/SelfAssessment/{id}/Submit", new { Version = version });

        Assert.Equal($"/SelfAssessment/{id}", submitted.Headers.Location?.OriginalString);
        var assessment = await LoadAsync(id);
        Assert.Equal(SelfAssessmentStatus.Submitted, assessment.Status);
        Assert.Equal(lead.Id, assessment.SubmittedByPersonId);
        Assert.Equal(Matrix.Enablers.Count(), assessment.Ratings.Count);
        Assert.Equal(4, assessment.Ratings.Single(r => r.EnablerKey == "trained-teams/d").Level);
        var action = Assert.Single(assessment.Ratings.Single(r => r.EnablerKey == "prepared-people/a").Actions);
        Assert.Equal(("Co-produce leaflets", "Place lead", new DateOnly(2026, 6, 30)), (action.Description, action.Owner, action.DueOn));
        var page = await client.GetPageAsync($"/SelfAssessment/{id}");
        Assert.Contains("Submitted by", page);
        Assert.Contains("4 Embedded", page);
    }

    [Fact]
    public async Task A_submitted_assessment_is_read_only()
    {
        var id = await factory.Data.AssessmentAsync(factory, place, new DateOnly(2026, 1, 5), lead.Id, level: 2);

        var edit = await client.GetAsync($"/SelfAssessment/{id}/Edit");
        var save = await client.PostFormAsync("/SelfAssessment/Create", FoundationForm(Matrix.Foundations[0], 0, 4, "Changed"),
            postUrl: $"/SelfAssessment/{id}/Edit/{Matrix.Foundations[0].Id}");

        Assert.Equal($"/SelfAssessment/{id}", edit.Headers.Location?.OriginalString);
        Assert.Equal($"/SelfAssessment/{id}", save.Headers.Location?.OriginalString);
        Assert.All((await LoadAsync(id)).Ratings, r => Assert.Equal((2, "Evidence on file"), (r.Level, r.Evidence)));
        Assert.DoesNotContain("Continue the assessment", await client.GetPageAsync($"/SelfAssessment/{id}"));
    }

    [Fact]
    public async Task A_new_assessment_starts_from_the_areas_latest_earlier_submitted_assessment()
    {
        await factory.Data.AssessmentAsync(factory, place, new DateOnly(2025, 3, 1), lead.Id, level: 1, evidence: "Older");
        var previous = await factory.Data.AssessmentAsync(factory, place, new DateOnly(2025, 9, 1), lead.Id, level: 3, evidence: "Latest");

        var id = await StartDraftAsync("1", "3", "2026");

        var draft = await LoadAsync(id);
        Assert.Equal(SelfAssessmentStatus.Draft, draft.Status);
        Assert.Equal(previous, draft.StartedFromId);
        Assert.Equal(Matrix.Enablers.Count(), draft.Ratings.Count);
        Assert.All(draft.Ratings, r => Assert.Equal((3, "Latest"), (r.Level, r.Evidence)));
        Assert.All(draft.Ratings, r => Assert.Equal(new DateOnly(2025, 12, 1), Assert.Single(r.Actions).DueOn));
        Assert.Contains("started from the assessment of 1 September 2025", await client.GetPageAsync($"/SelfAssessment/{id}/Edit"));
    }

    [Fact]
    public async Task Starting_without_an_area_or_with_an_impossible_date_shows_the_errors_and_keeps_what_was_typed()
    {
        var response = await StartAsync("", "31", "2", "2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Equal(["#Input_Area", "#Input_AssessedOn"], page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Choose the area that is assessing itself", page.TextOf(".nhsuk-error-summary__list a[href='#Input_Area']"));
        var day = page.QuerySelector("#Input_AssessedOn")!;
        Assert.Equal(("Input.AssessedOn.Day", "31"), (day.GetAttribute("name"), day.GetAttribute("value")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.SelfAssessments.CountAsync()));
    }

    [Fact]
    public async Task An_assessment_dated_in_the_future_is_refused()
    {
        var page = await (await StartAsync(Area, "1", "1", "2099")).Content.ReadAsStringAsync();
        Assert.Contains("must be today or in the past", page);
    }

    [Fact]
    public async Task An_area_has_one_draft_at_a_time_and_one_assessment_a_date()
    {
        var draft = await StartDraftAsync("1", "2", "2026");

        var second = await (await StartAsync(Area, "1", "3", "2026")).Content.ReadAsStringAsync();
        await factory.WithDbAsync(db => db.SelfAssessments.Where(a => a.Id == draft)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, SelfAssessmentStatus.Submitted)));
        var sameDate = await (await StartAsync(Area, "1", "2", "2026")).Content.ReadAsStringAsync();

        Assert.Contains("Oxfordshire already has a draft self-assessment dated 1 February 2026", second);
        Assert.Contains($"href=\"/SelfAssessment/{draft}\"", second);
        Assert.Contains("Oxfordshire already has a self-assessment dated 1 February 2026. Choose another date", sameDate);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SelfAssessments.CountAsync()));
    }

    [Fact]
    public async Task Bad_ratings_and_half_filled_actions_show_errors_keep_the_typed_values_and_change_nothing()
    {
        var id = await StartDraftAsync();

        var response = await SaveFoundationAsync(id, 0, 7, "Typed evidence",
            new("Input.Ratings[1].Actions[0].Description", "Recruit peer supporters"),
            new("Input.Ratings[1].Actions[0].DueOn.Day", "31"), new("Input.Ratings[1].Actions[0].DueOn.Month", "13"),
            new("Input.Ratings[1].Actions[0].DueOn.Year", "2026"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose a level from 1 to 4 for enabler a", page);
        Assert.Contains("<a href=\"#Input_Ratings[1]_Actions[0]_Owner\">Enter who owns action 1 of enabler b</a>", page);
        Assert.Contains("href=\"#Input_Ratings[1]_Actions[0]_DueOn\"", page);
        Assert.Contains("id=\"Input_Ratings[1]_Actions[0]_DueOn\"", page);
        Assert.Contains("value=\"Recruit peer supporters\"", page);
        Assert.Contains(">Typed evidence</textarea>", page);
        var draft = await LoadAsync(id);
        Assert.Empty(draft.Ratings);
        Assert.Equal(0, draft.Version);
    }

    [Fact]
    public async Task A_save_from_a_page_opened_before_someone_elses_save_changes_nothing()
    {
        var id = await StartDraftAsync();
        var foundation = Matrix.Foundations[0];
        var url = $"/SelfAssessment/{id}/Edit/{foundation.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, FoundationForm(foundation, 0, 2, "First"))).StatusCode);

        var stale = await client.PostFormAsync(url, FoundationForm(foundation, 0, 4, "Second"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("Someone else has saved or submitted this self-assessment since you opened it", await stale.Content.ReadAsStringAsync());
        Assert.All((await LoadAsync(id)).Ratings, r => Assert.Equal((2, "First"), (r.Level, r.Evidence)));
    }

    [Fact]
    public async Task An_unknown_foundation_or_assessment_is_not_found()
    {
        var id = await StartDraftAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{id}/Edit/not-a-foundation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{id + 1}/Edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{id + 1}/Submit")).StatusCode);
    }

    [Fact]
    public async Task An_assessment_with_unrated_enablers_cannot_be_submitted()
    {
        var id = await StartDraftAsync();
        await SaveFoundationAsync(id, 0, 3, "Some");

        var response = await client.PostFormAsync($"/SelfAssessment/{id}/Submit", new { Version = 1 });

        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose a level for enabler h of Supportive systems and processes", page);
        Assert.Contains("href=\"#unrated-trained-teams-d\"", page);
        Assert.Equal(SelfAssessmentStatus.Draft, (await LoadAsync(id)).Status);
    }

    [Fact]
    public async Task Submitting_twice_from_the_same_page_submits_once_and_then_shows_the_assessment()
    {
        var id = await factory.Data.AssessmentAsync(factory, place, new DateOnly(2026, 1, 5), lead.Id, SelfAssessmentStatus.Draft);
        var token = Forms.AntiforgeryToken(await client.GetPageAsync($"/SelfAssessment/{id}/Submit"));
        FormUrlEncodedContent Form() => new([new("Version", "0"), new("__RequestVerificationToken", token)]);

        var results = await Task.WhenAll(client.PostAsync($"/SelfAssessment/{id}/Submit", Form()), client.PostAsync($"/SelfAssessment/{id}/Submit", Form()));

        Assert.All(results, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var assessment = await LoadAsync(id);
        Assert.Equal((SelfAssessmentStatus.Submitted, 1), (assessment.Status, assessment.Version));
    }
}
