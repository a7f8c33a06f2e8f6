using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>The production database decides the same races as SQLite: one draft per area, one submission.</summary>
public sealed class PostgreSqlRacesTests() : PostgreSqlPortal(jobs: true)
{
    [Fact]
    public async Task Two_leads_starting_an_areas_assessment_at_once_get_one_draft_between_them()
    {
        var place = await Factory.Data.PlaceAsync(name: "Oxfordshire");
        var first = Factory.CreateClientFor((await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
        var second = Factory.CreateClientFor((await Factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead)).Id);
        async Task<HttpResponseMessage> StartAsync(HttpClient client, string day)
        {
            var token = Forms.AntiforgeryToken(await client.GetPageAsync("/SelfAssessment/Create"));
            return await client.PostAsync("/SelfAssessment/Create", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Area"] = $"place:{place.Id}", ["Input.AssessedOn.Day"] = day, ["Input.AssessedOn.Month"] = "3",
                ["Input.AssessedOn.Year"] = "2026", ["__RequestVerificationToken"] = token,
            }));
        }

        var results = await Task.WhenAll(StartAsync(first, "1"), StartAsync(second, "2"));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        var refused = Assert.Single(results, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Contains("Oxfordshire already has a draft self-assessment", await refused.Content.ReadAsStringAsync());
        Assert.Equal(1, await Factory.WithDbAsync(db => db.SelfAssessments.CountAsync(a => a.Status == SelfAssessmentStatus.Draft)));
    }
}
