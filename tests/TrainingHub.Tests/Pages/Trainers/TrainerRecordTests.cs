using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Feedback;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

public sealed class TrainerRecordTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private Task<Person> TrainerAsync() => factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);

    [Fact]
    public async Task A_trainer_sees_their_own_deliveries_by_type_and_accreditations_with_expiry()
    {
        var trainer = await TrainerAsync();
        await factory.AccreditAsync(trainer.Id, new DateOnly(2030, 5, 31));
        await factory.DeliveredAsync(2, 10, (trainer.Id, TrainerRole.Lead));
        await factory.DeliveredAsync(2, 20, (trainer.Id, TrainerRole.CoTrainer));
        var html = await factory.CreateClientFor(trainer.Id).GetPageAsync("/Trainers/Record");
        Assert.Contains("Your trainer record", html);
        Assert.Contains("Valid until 31 May 2030", html);
        Assert.Matches(@"YOC training course</td><td class=""nhsuk-table__cell"">1</td><td class=""nhsuk-table__cell"">1</td>", html);
    }

    [Fact]
    public async Task A_trainer_comments_on_their_own_record()
    {
        var trainer = await TrainerAsync();
        var response = await factory.CreateClientFor(trainer.Id).PostFormAsync("/Trainers/Record", new { Note__Text = "Happy to co-deliver in Reading" }, "/Trainers/Record?handler=Note");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var note = await factory.WithDbAsync(db => db.TrainerRecordNotes.SingleAsync());
        Assert.Equal((trainer.Id, trainer.Id), (note.TrainerPersonId, note.AuthorPersonId));
    }

    [Fact]
    public async Task An_empty_comment_is_refused_with_an_error_summary()
    {
        var trainer = await TrainerAsync();
        var response = await factory.CreateClientFor(trainer.Id).PostFormAsync("/Trainers/Record", new { Note__Text = " " }, "/Trainers/Record?handler=Note");
        Assert.Contains("Enter your comment", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.TrainerRecordNotes.CountAsync()));
    }

    [Fact]
    public async Task Another_trainer_can_neither_read_nor_comment_on_a_record_by_changing_the_id()
    {
        var owner = await TrainerAsync();
        var other = await TrainerAsync();
        var client = factory.CreateClientFor(other.Id);
        Assert.Equal(Authorization.Access.Forbidden, Authorization.PageAccess.Classify(await client.GetAsync($"/Trainers/Record/{owner.Id}"), "GET"));
        // The token comes from the other trainer's own record; the post names the owner's id.
        var response = await client.PostFormAsync("/Trainers/Record", new { Note__Text = "Sneaky" }, $"/Trainers/Record/{owner.Id}?handler=Note");
        Assert.Equal(Authorization.Access.Forbidden, Authorization.PageAccess.Classify(response, "GET"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.TrainerRecordNotes.CountAsync()));
    }

    [Fact]
    public async Task A_trainer_cannot_read_an_observation_of_someone_else_but_the_observed_trainer_can()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var observed = await TrainerAsync();
        var other = await TrainerAsync();
        var delivery = await factory.DeliveredAsync(2, 2, (observed.Id, TrainerRole.Lead));
        var id = await factory.WithDbAsync(async db =>
        {
            var o = new TrainingHub.Web.Data.Entities.Trainers.QaObservation
            {
                ObservedPersonId = observed.Id, AssessorPersonId = lead.Id, ProgrammeEventId = delivery.Id, AccreditationSlug = TrainersTestData.Yoc,
                Outcome = TrainingHub.Web.Domain.Trainers.QaOutcome.Accredited, RecordedAt = factory.Now(),
            };
            db.QaObservations.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClientFor(other.Id).GetAsync($"/Trainers/Observation/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClientFor(observed.Id).GetAsync($"/Trainers/Observation/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_trainee_sees_the_steps_still_ahead_and_a_lead_sees_the_cohort_at_a_glance()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var mentor = await TrainerAsync();
        var trainee = await factory.Data.PersonAsync();
        await factory.AccreditAsync(mentor.Id, factory.Today().AddYears(1));
        var tot = await factory.TrainTheTrainerCohortAsync(40, trainee.Id);
        await factory.DeliveredAsync(2, 10, (mentor.Id, TrainerRole.Lead), (trainee.Id, TrainerRole.CoTrainer));

        var own = await factory.CreateClientFor(trainee.Id).GetPageAsync("/Trainers/Record");
        Assert.Contains("3 steps still ahead", own);
        Assert.Contains("1 of 2 co-deliveries completed", own);

        var pool = await factory.CreateClientFor(lead.Id).GetPageAsync("/Trainers");
        Assert.Contains(tot.Title, pool);
        Assert.Contains($"/Trainers/Record/{trainee.Id}", pool);
        Assert.Contains("Co-deliver beside accredited trainers", pool);
    }

    [Fact]
    public async Task The_pool_shows_accreditations_expiring_within_90_days_and_delivery_load()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var soon = await TrainerAsync();
        var later = await TrainerAsync();
        await factory.AccreditAsync(soon.Id, factory.Today().AddDays(89));
        await factory.AccreditAsync(later.Id, factory.Today().AddDays(200));
        await factory.DeliveredAsync(2, 5, (soon.Id, TrainerRole.Lead), (later.Id, TrainerRole.CoTrainer));
        var html = await factory.CreateClientFor(lead.Id).GetPageAsync("/Trainers");
        var expiring = html[html.IndexOf("expiring in the next 90 days", StringComparison.Ordinal)..html.IndexOf("Accredited trainers by place", StringComparison.Ordinal)];
        Assert.Contains($"/Trainers/Record/{soon.Id}", expiring);
        Assert.DoesNotContain($"/Trainers/Record/{later.Id}", expiring);
        var load = html[html.IndexOf("Delivery load", StringComparison.Ordinal)..];
        Assert.Contains($"/Trainers/Record/{later.Id}", load);
    }

    [Fact]
    public async Task A_trainer_sees_feedback_scores_for_events_they_delivered_without_who_said_what()
    {
        var trainer = await TrainerAsync();
        var delivered = await factory.PastEventAsync(trainer.Id, title: "YOC course, Reading");
        var (first, firstBooking) = await factory.AttendeeAsync(delivered.Id);
        var (second, secondBooking) = await factory.AttendeeAsync(delivered.Id);
        await factory.ResponseAsync(firstBooking, rating: 5, understanding: Agreement.StronglyAgree, before: 2, after: 4, mostUseful: "Role play", mayQuote: true);
        await factory.ResponseAsync(secondBooking, rating: 4, understanding: Agreement.Disagree, before: 3, after: 4);
        var quiet = await factory.PastEventAsync(trainer.Id, title: "YOC course, Slough", endedDaysAgo: 10);
        await factory.AttendeeAsync(quiet.Id);

        var html = await factory.CreateClientFor(trainer.Id).GetPageAsync("/Trainers/Record");

        const string cell = @"</(?:th|td)>\s*<td class=""nhsuk-table__cell"">";
        var date = LondonTime.ToLocal(delivered.StartsAt!.Value).ToString("d MMMM yyyy");
        // Two answers: too few to show (a trainer could tell who said what), so only how many responded.
        var withheld = FeedbackFigures.WithheldText;
        Assert.Matches($@"YOC course, Reading{cell}{date}{cell}100% \(2 of 2\){cell}{withheld}{cell}{withheld}{cell}{withheld}</td>", html);
        Assert.Matches($@"YOC course, Slough{cell}[^<]+{cell}0% \(0 of 1\){cell}no responses{cell}no responses{cell}no responses</td>", html);
        Assert.Matches($@"All delivered events{cell}{cell}67% \(2 of 3\){cell}{withheld}{cell}{withheld}{cell}{withheld}</td>", html);
        foreach (var person in new[] { first, second })
        {
            Assert.DoesNotContain(person.GivenName + " " + person.FamilyName, html);
            Assert.DoesNotContain(person.FamilyName, html);
        }
        Assert.DoesNotContain("Role play", html);
    }
}
