using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>Everyone signed in reads the submitted assessments of their own place; drafts are for leads only.</summary>
public sealed class ReadingTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private Place oxfordshire = null!, berkshire = null!;
    private Person lead = null!, oxfordNurse = null!, berkshireNurse = null!;
    private int submitted, draft, otherPlace;

    public async Task InitializeAsync()
    {
        oxfordshire = await factory.Data.PlaceAsync(name: "Oxfordshire");
        berkshire = await factory.Data.PlaceAsync(name: "Berkshire West");
        lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        oxfordNurse = await factory.Data.PersonAsync((await factory.Data.PracticeAsync(oxfordshire.Id)).Id);
        berkshireNurse = await factory.Data.PersonAsync((await factory.Data.PracticeAsync(berkshire.Id)).Id);
        submitted = await factory.Data.AssessmentAsync(factory, oxfordshire, new DateOnly(2025, 10, 1), lead.Id,
            evidence: "=HYPERLINK(\"http://evil.example\",\"Click\")");
        draft = await factory.Data.AssessmentAsync(factory, oxfordshire, new DateOnly(2026, 2, 1), lead.Id, SelfAssessmentStatus.Draft);
        otherPlace = await factory.Data.AssessmentAsync(factory, berkshire, new DateOnly(2025, 11, 1), lead.Id);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task An_attendee_reads_the_submitted_assessments_of_their_own_place_only()
    {
        using var client = factory.CreateClientFor(oxfordNurse.Id);

        var list = await client.GetPageAsync("/SelfAssessment");

        Assert.Contains($"href=\"/SelfAssessment/{submitted}\"", list);
        Assert.DoesNotContain($"href=\"/SelfAssessment/{draft}\"", list);
        Assert.DoesNotContain($"href=\"/SelfAssessment/{otherPlace}\"", list);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/SelfAssessment/{submitted}")).StatusCode);
    }

    [Fact]
    public async Task An_attendee_cannot_read_a_draft_of_their_own_place_even_by_its_address()
    {
        using var client = factory.CreateClientFor(oxfordNurse.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{draft}?handler=Csv")).StatusCode);
    }

    [Fact]
    public async Task An_attendee_of_another_place_cannot_read_an_assessment_by_editing_its_address()
    {
        using var client = factory.CreateClientFor(berkshireNurse.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{submitted}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{submitted}?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/SelfAssessment/{otherPlace}")).StatusCode);
    }

    [Fact]
    public async Task An_attendee_reads_the_submitted_assessment_of_their_places_whole_ics()
    {
        var ics = await factory.Data.AssessmentAsync(factory, berkshire, new DateOnly(2025, 12, 1), lead.Id, wholeIcs: true);
        using var client = factory.CreateClientFor(oxfordNurse.Id);

        var page = await client.GetPageAsync($"/SelfAssessment/{ics}");

        Assert.Contains("Test ICS (whole ICS)", page);
    }

    [Fact]
    public async Task A_trainer_without_a_practice_reads_no_assessments()
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        using var client = factory.CreateClientFor(trainer.Id);
        Assert.Contains("There are no self-assessments for you to read yet", await client.GetPageAsync("/SelfAssessment"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/{submitted}")).StatusCode);
    }

    [Fact]
    public async Task A_lead_reads_every_assessment_drafts_included()
    {
        using var client = factory.CreateClientFor(lead.Id);
        var list = await client.GetPageAsync("/SelfAssessment");
        Assert.All(new[] { submitted, draft, otherPlace }, id => Assert.Contains($"href=\"/SelfAssessment/{id}\"", list));
        Assert.Contains("Continue the assessment", await client.GetPageAsync($"/SelfAssessment/{draft}"));
    }

    [Fact]
    public async Task Ratings_of_enablers_the_content_file_no_longer_lists_are_still_shown()
    {
        await factory.WithDbAsync(db => db.SelfAssessmentRatings.Where(r => r.SelfAssessmentId == submitted && r.EnablerKey == "trained-teams/d")
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.EnablerKey, "trained-teams/z")));
        using var client = factory.CreateClientFor(lead.Id);

        var page = await client.GetPageAsync($"/SelfAssessment/{submitted}");

        Assert.Contains("Enablers no longer in the maturity matrix", page);
        Assert.Contains("trained-teams/z: 2 Developing", page);
    }

    [Fact]
    public async Task The_csv_export_shows_typed_formulas_as_text()
    {
        using var client = factory.CreateClientFor(oxfordNurse.Id);

        var response = await client.GetAsync($"/SelfAssessment/{submitted}?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"self-assessment-place-{oxfordshire.Id}-2025-10-01.csv", response.Content.Headers.ContentDisposition?.ToString());
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Area,Assessed on,Status,Foundation,Enabler,Enabler text,Level,Level name,Evidence,Action,Owner,Due on", lines[0]);
        Assert.Equal(SelfAssessmentData.Matrix.Enablers.Count() + 1, lines.Length);
        Assert.All(lines.Skip(1), line => Assert.Contains(",2,Developing,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",", line));
        Assert.DoesNotContain(",=HYPERLINK", string.Join("\n", lines));
    }
}
