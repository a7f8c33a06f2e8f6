using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

public sealed class QaObservationTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> LeadAsync() => factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
    private Task<Person> TrainerAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    private static List<KeyValuePair<string, string>> Form(int observedId, QaOutcome outcome = QaOutcome.Accredited, string? actions = null)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Input.ObservedPersonId", observedId.ToString()), new("Input.Outcome", outcome.ToString()) };
        for (var i = 0; i < QaCriteria.All.Length; i++)
        {
            fields.Add(new($"Input.Criteria[{i}].Rating", nameof(QaRating.Met)));
            fields.Add(new($"Input.Criteria[{i}].Evidence", $"Seen on the day: point {i + 1}"));
        }
        if (actions is not null) fields.Add(new("Input.DevelopmentActions", actions));
        return fields;
    }

    [Fact]
    public async Task An_accredited_outcome_grants_the_accreditation_for_the_types_length_and_the_trainee_may_then_lead()
    {
        var lead = await LeadAsync();
        var mentor = await TrainerAsync();
        var trainee = await TrainerAsync();
        await factory.AccreditAsync(mentor.Id, factory.Today().AddYears(1));
        await factory.WithDbAsync(db => db.EventTypes.Where(t => t.Slug == TrainersTestData.Yoc).ExecuteUpdateAsync(s => s.SetProperty(t => t.AccreditationYears, 3)));
        var delivery = await factory.DeliveredAsync(2, 3, (mentor.Id, TrainerRole.Lead), (trainee.Id, TrainerRole.CoTrainer));

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(trainee.Id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var granted = await factory.WithDbAsync(db => db.TrainerAccreditations.SingleAsync(a => a.PersonId == trainee.Id));
        var observedOn = LondonTime.DateOf(delivery.EndsAt!.Value);
        Assert.Equal((TrainersTestData.Yoc, observedOn, observedOn.AddYears(3).AddDays(-1)), (granted.AccreditationSlug, granted.GrantedOn, granted.ValidUntil));
        var page = await factory.CreateClientFor(trainee.Id).GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Seen on the day: point 6", page);
    }

    [Fact]
    public async Task Accredited_with_a_criterion_not_yet_met_is_refused_and_grants_nothing()
    {
        var lead = await LeadAsync();
        var trainee = await TrainerAsync();
        var delivery = await factory.DeliveredAsync(2, 3, (trainee.Id, TrainerRole.CoTrainer));
        var fields = Form(trainee.Id);
        fields.RemoveAll(f => f.Key == "Input.Criteria[2].Rating");
        fields.Add(new("Input.Criteria[2].Rating", nameof(QaRating.NotYetMet)));

        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = (await PageHtml.ParseAsync(response)).QuerySelector(".nhsuk-error-summary")?.TextContent ?? "";
        Assert.Contains(QaOutcomeRules.NotEveryCriterionMet(QaOutcome.Accredited), summary);
        Assert.Equal(0, await factory.WithDbAsync(db => db.QaObservations.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.TrainerAccreditations.AnyAsync(a => a.PersonId == trainee.Id)));
    }

    [Fact]
    public async Task Observing_a_whole_practice_workshop_never_extends_the_yoc_course_accreditation()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var expires = factory.Today().AddDays(40);
        await factory.AccreditAsync(trainer.Id, expires);
        var workshop = await factory.DeliveredAsync(4, 2, (trainer.Id, TrainerRole.Lead));
        var client = factory.CreateClientFor(lead.Id);

        var form = await PageHtml.ParseAsync(await client.GetAsync($"/Trainers/Observe/{workshop.Id}"));
        Assert.Contains("does not accredit", form.QuerySelector("#what-it-accredits")!.TextContent);
        Assert.Equal(["StandardMet", "FurtherDevelopmentNeeded"], form.QuerySelectorAll("input[name='Input.Outcome']").Select(i => i.GetAttribute("value")));
        var accredited = await client.PostFormAsync($"/Trainers/Observe/{workshop.Id}", Form(trainer.Id));
        var summary = (await PageHtml.ParseAsync(accredited)).QuerySelector(".nhsuk-error-summary")?.TextContent ?? "";
        Assert.Contains(QaOutcomeRules.DoesNotAccredit("Whole practice team workshop", "YOC training course"), summary);
        var standardMet = await client.PostFormAsync($"/Trainers/Observe/{workshop.Id}", Form(trainer.Id, QaOutcome.StandardMet));

        Assert.Equal(HttpStatusCode.Redirect, standardMet.StatusCode);
        var held = await factory.WithDbAsync(db => db.TrainerAccreditations.Where(a => a.PersonId == trainer.Id).ToListAsync());
        Assert.Equal((TrainersTestData.Yoc, expires), (Assert.Single(held).AccreditationSlug, held[0].ValidUntil));
    }

    [Fact]
    public async Task Renewing_moves_expiry_later_and_keeps_one_accreditation()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        await factory.AccreditAsync(trainer.Id, factory.Today().AddDays(20));
        var delivery = await factory.DeliveredAsync(2, 1, (trainer.Id, TrainerRole.Lead));
        await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(trainer.Id));
        var renewed = await factory.WithDbAsync(db => db.TrainerAccreditations.SingleAsync(a => a.PersonId == trainer.Id));
        Assert.Equal(LondonTime.DateOf(delivery.EndsAt!.Value).AddYears(2).AddDays(-1), renewed.ValidUntil);
        Assert.Equal(factory.GrantedOn(), renewed.GrantedOn);
    }

    [Fact]
    public async Task Nobody_can_record_an_observation_of_themselves_even_a_lead_who_delivered()
    {
        var lead = await LeadAsync();
        var delivery = await factory.DeliveredAsync(8, 2, (lead.Id, TrainerRole.Lead));
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(lead.Id));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nhsuk-error-summary", html);
        Assert.Contains(WebUtility.HtmlEncode(QaObservationRules.SelfAssessmentRefused), html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.QaObservations.CountAsync()));
    }

    [Fact]
    public async Task An_assessor_trainer_cannot_observe_themselves_but_can_observe_a_colleague()
    {
        var assessor = await TrainerAsync();
        var colleague = await TrainerAsync();
        await factory.AccreditAsync(assessor.Id, factory.Today().AddYears(1), canAssess: true);
        var delivery = await factory.DeliveredAsync(2, 2, (assessor.Id, TrainerRole.Lead), (colleague.Id, TrainerRole.CoTrainer));
        var client = factory.CreateClientFor(assessor.Id);

        var self = await client.PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(assessor.Id));
        Assert.Contains("You cannot record a quality-assurance observation of yourself", await self.Content.ReadAsStringAsync());
        var other = await client.PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(colleague.Id, QaOutcome.FurtherDevelopmentNeeded, "Practise *timing*"));
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
        var saved = await factory.WithDbAsync(db => db.QaObservations.Include(o => o.Ratings).SingleAsync());
        Assert.Equal((colleague.Id, assessor.Id, 6), (saved.ObservedPersonId, saved.AssessorPersonId, saved.Ratings.Count));
        Assert.False(await factory.WithDbAsync(db => db.TrainerAccreditations.AnyAsync(a => a.PersonId == colleague.Id)));
    }

    [Fact]
    public async Task The_database_refuses_a_self_observation_that_gets_past_the_form()
    {
        var lead = await LeadAsync();
        var delivery = await factory.DeliveredAsync(8, 2, (lead.Id, TrainerRole.Lead));
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.QaObservations.Add(new() { ObservedPersonId = lead.Id, AssessorPersonId = lead.Id, ProgrammeEventId = delivery.Id, AccreditationSlug = "x", RecordedAt = factory.Now() });
            await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task A_trainer_without_assessor_rights_is_refused()
    {
        var trainer = await TrainerAsync();
        var colleague = await TrainerAsync();
        await factory.AccreditAsync(trainer.Id, factory.Today().AddYears(1));
        var delivery = await factory.DeliveredAsync(2, 2, (colleague.Id, TrainerRole.Lead));
        var response = await factory.CreateClientFor(trainer.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", Form(colleague.Id));
        Assert.Contains("assessor rights", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.QaObservations.CountAsync()));
    }

    [Fact]
    public async Task Missing_evidence_shows_an_error_summary_keeps_what_was_typed_and_saves_nothing()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var delivery = await factory.DeliveredAsync(2, 2, (trainer.Id, TrainerRole.Lead));
        var fields = Form(trainer.Id, QaOutcome.FurtherDevelopmentNeeded);
        fields.RemoveAll(f => f.Key == "Input.Criteria[4].Evidence");
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", fields);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the evidence for handling challenge", html);
        Assert.Contains("href=\"#Input_Criteria[4]_Evidence\"", html);
        Assert.Contains("Enter the development actions", html);
        Assert.Contains("Seen on the day: point 6", html);
        Assert.Equal(0, await factory.WithDbAsync(db => db.QaObservations.CountAsync()));
    }

    [Fact]
    public async Task Evidence_with_script_and_javascript_links_renders_harmless()
    {
        var lead = await LeadAsync();
        var trainer = await TrainerAsync();
        var delivery = await factory.DeliveredAsync(2, 2, (trainer.Id, TrainerRole.Lead));
        var fields = Form(trainer.Id);
        fields.RemoveAll(f => f.Key == "Input.Criteria[0].Evidence");
        fields.Add(new("Input.Criteria[0].Evidence", "<script>alert(1)</script> [click](javascript:alert(2))"));
        var response = await factory.CreateClientFor(lead.Id).PostFormAsync($"/Trainers/Observe/{delivery.Id}", fields);
        var html = await factory.CreateClientFor(lead.Id).GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:alert", html);
    }
}
