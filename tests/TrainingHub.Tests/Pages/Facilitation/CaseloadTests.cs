using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class CaseloadTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_lead_assigns_a_practice_and_its_profile_shows_the_facilitator()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        var lead = await factory.Data.LeadAsync();
        var client = factory.CreateClientFor(lead.Id);

        var response = await client.PostFormAsync("/Facilitation/Caseloads", new Dictionary<string, string>
        {
            ["Input.FacilitatorId"] = facilitator.Id.ToString(), ["Input.OdsCode"] = practice.OdsCode.ToLowerInvariant(),
            ["Input.StartsOn"] = "2024-04-01",
        }, "/Facilitation/Caseloads?handler=Assign");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var profile = WebUtility.HtmlDecode(await client.GetPageAsync($"/Practices/{practice.Id}"));
        Assert.Contains($"{facilitator.FullName}, since 1 April 2024", profile);
        var dashboard = await factory.CreateClientFor(facilitator.Id).GetPageAsync("/Facilitation");
        Assert.Contains(practice.OdsCode, dashboard);
    }

    [Fact]
    public async Task A_new_facilitator_ends_the_previous_assignment_the_day_before()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var first = await factory.Data.FacilitatorAsync();
        var second = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(first.Id, practice.Id, new DateOnly(2023, 1, 1));
        var client = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        await client.PostFormAsync("/Facilitation/Caseloads", new Dictionary<string, string>
        {
            ["Input.FacilitatorId"] = second.Id.ToString(), ["Input.OdsCode"] = practice.OdsCode, ["Input.StartsOn"] = "2024-06-10",
        }, "/Facilitation/Caseloads?handler=Assign");

        var assignments = await factory.WithDbAsync(db => db.FacilitatorAssignments.Where(a => a.PracticeId == practice.Id)
            .OrderBy(a => a.StartsOn).Select(a => new { a.FacilitatorId, a.EndsOn }).ToListAsync());
        Assert.Equal([(first.Id, (DateOnly?)new DateOnly(2024, 6, 9)), (second.Id, null)],
            assignments.Select(a => (a.FacilitatorId, a.EndsOn)));
    }

    [Fact]
    public async Task Ending_an_assignment_now_stops_the_facilitators_access_to_the_practice_at_once()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(facilitator.Id, practice.Id, new DateOnly(2023, 1, 1));
        var id = await factory.WithDbAsync(db => db.FacilitatorAssignments.Where(a => a.PracticeId == practice.Id).Select(a => a.Id).SingleAsync());
        var theirs = factory.CreateClientFor(facilitator.Id);
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}")).StatusCode);
        var lead = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        var confirm = PageHtml.Parse(await lead.GetPageAsync($"/Facilitation/EndAssignment/{id}"));
        Assert.Equal("End this assignment now?", confirm.TextOf("h1"));
        Assert.Equal(HttpStatusCode.OK, (await theirs.GetAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}")).StatusCode);
        var ended = await lead.PostFormAsync($"/Facilitation/EndAssignment/{id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.EndsWith("has ended: the facilitator can no longer work with that practice's visits and reviews.",
            PageHtml.Parse(await lead.GetPageAsync(ended.Headers.Location!.OriginalString)).TextOf(".nhsuk-notification-banner__heading"));
        var refused = await theirs.GetAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}");
        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString());
        Assert.DoesNotContain(practice.OdsCode, await theirs.GetPageAsync("/Facilitation"));
        var list = WebUtility.HtmlDecode(await lead.GetPageAsync("/Facilitation/Caseloads"));
        Assert.Contains("Ended ", list);
        Assert.DoesNotContain($"End now<span class=\"nhsuk-u-visually-hidden\"> for", list);
    }

    [Fact]
    public async Task An_unknown_practice_is_refused_with_the_typed_values_kept()
    {
        var facilitator = await factory.Data.FacilitatorAsync();
        var client = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Facilitation/Caseloads", new Dictionary<string, string>
        {
            ["Input.FacilitatorId"] = facilitator.Id.ToString(), ["Input.OdsCode"] = "Z99999", ["Input.StartsOn"] = "2024-06-10",
        }, "/Facilitation/Caseloads?handler=Assign");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("No practice in the register has that ODS code", html);
        Assert.Contains("href=\"#Input_OdsCode\"", html);
        Assert.Contains("value=\"Z99999\"", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.FacilitatorAssignments.CountAsync()));
    }

    [Fact]
    public async Task Someone_without_the_facilitator_role_cannot_be_given_a_caseload()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var trainer = await factory.Data.PersonAsync(null, TrainingHub.Web.Domain.People.ProfessionalRole.OtherClinical, TrainingHub.Web.SignIn.PortalRoles.Trainer);
        var client = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        var response = await client.PostFormAsync("/Facilitation/Caseloads", new Dictionary<string, string>
        {
            ["Input.FacilitatorId"] = trainer.Id.ToString(), ["Input.OdsCode"] = practice.OdsCode, ["Input.StartsOn"] = "2024-06-10",
        }, "/Facilitation/Caseloads?handler=Assign");

        Assert.Contains("Choose a facilitator from the list", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.FacilitatorAssignments.CountAsync()));
    }

    [Fact]
    public async Task Practice_staff_see_who_their_facilitator_is()
    {
        var (practice, facilitator, _) = await factory.FacilitatedPracticeAsync();
        var nurse = await factory.Data.PersonAsync(practice.Id);
        var elsewhere = await factory.Data.PersonAsync((await factory.Data.PracticeAsync(practice.PlaceId)).Id);

        var html = WebUtility.HtmlDecode(await factory.CreateClientFor(nurse.Id).GetPageAsync("/YourPractice/Facilitator"));
        var other = WebUtility.HtmlDecode(await factory.CreateClientFor(elsewhere.Id).GetPageAsync("/YourPractice/Facilitator"));

        Assert.Contains(facilitator.FullName, html);
        Assert.Contains($"mailto:{facilitator.WorkEmail}", html);
        Assert.DoesNotContain(facilitator.FullName, other);
        Assert.Contains("does not have a PCSP facilitator yet", other);
    }

    [Fact]
    public async Task Two_leads_giving_the_same_practice_to_different_facilitators_at_once_leaves_one_open_assignment()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var first = await factory.Data.FacilitatorAsync();
        var second = await factory.Data.FacilitatorAsync();
        var leadA = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);
        var leadB = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);
        Dictionary<string, string> Form(int facilitatorId) => new()
        {
            ["Input.FacilitatorId"] = facilitatorId.ToString(), ["Input.OdsCode"] = practice.OdsCode, ["Input.StartsOn"] = "2024-06-10",
        };

        var responses = await Task.WhenAll(
            leadA.PostFormAsync("/Facilitation/Caseloads", Form(first.Id), "/Facilitation/Caseloads?handler=Assign"),
            leadB.PostFormAsync("/Facilitation/Caseloads", Form(second.Id), "/Facilitation/Caseloads?handler=Assign"));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(1, await factory.WithDbAsync(db => db.FacilitatorAssignments.CountAsync(a => a.PracticeId == practice.Id && a.EndsOn == null)));
    }
}
