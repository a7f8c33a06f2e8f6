using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Demo;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.Pages.Facilitation;
using TrainingHub.Web.Pages.Register;
using TrainingHub.Web.Pages.Trainers;
using Xunit.Abstractions;

namespace TrainingHub.EndToEnd.Journeys;

/// <summary>
/// The programme checking its own quality, in a real browser: a trainer's delivery observed by an assessor and the
/// trainee's next steps; a facilitator's visit and fidelity review moving a practice on; an attendee's feedback
/// reaching the lead's report. Each journey sets up only what happened before the person arrives.
/// </summary>
public sealed class QualityJourneyTests(BrowserFixture browser, PortalFixture fixture, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<PortalFixture>
{
    private static readonly string Lead = DemoProgramme.Accounts[0].Email;
    private static readonly string Trainer = DemoProgramme.Accounts[1].Email;
    private static readonly string Facilitator = DemoProgramme.Accounts[2].Email;
    private static readonly string Attendee = DemoProgramme.Accounts[3].Email;
    private const int YocCourse = 2;

    private readonly KestrelPortal portal = fixture.Portal;
    private readonly PortalData data = fixture.Portal.Data;
    private readonly Stopwatch watch = Stopwatch.StartNew();

    [Fact]
    public async Task A_trainer_sees_their_allocation_then_as_assessor_observes_a_trainee_who_sees_the_steps_left()
    {
        var tom = await data.PersonAsync(Trainer);
        var trainee = await data.WithAsync(async sp => (await sp.GetRequiredService<TrainerPathways>().TraineesAsync())
            .First(t => t.Facts is { CoDeliveries: 0, QaObservations: 0, IsAccredited: false }));
        var traineeEmail = await data.QueryAsync(db => db.People.Where(p => p.Id == trainee.PersonId).Select(p => p.WorkEmail).SingleAsync());
        await data.GivePasswordAsync(traineeEmail, DemoProgramme.Password);
        var delivery = await data.EventAsync("YOC training course, Kidlington", YocCourse, -1, new(9, 0), new(16, 30), EventStatus.Completed,
            (tom.Id, TrainerRole.Lead), (trainee.PersonId, TrainerRole.CoTrainer));

        await using (var trainer = await Journey.StartAsync(browser, portal, Trainer))
        {
            await trainer.Page.GetByRole(AriaRole.Link, new() { Name = "Registers", Exact = true }).ClickAsync();
            await trainer.HeadingAsync("Attendance registers");
            var allocation = trainer.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = delivery.Title });
            Assert.Equal(1, await allocation.CountAsync());
            Assert.True(await allocation.GetByRole(AriaRole.Link, new() { Name = "Take the register" }).IsVisibleAsync());
            await trainer.ScreenshotAsync("trainer-1-allocation");

            await trainer.GoToAsync("/");
            await trainer.Page.GetByRole(AriaRole.Link, new() { Name = "Record a QA observation" }).First.ClickAsync();
            await trainer.Page.GetByRole(AriaRole.Link, new() { Name = delivery.Title }).ClickAsync();
            await trainer.HeadingAsync("Record a QA observation");
            await trainer.Page.GetByLabel("Trainer observed").SelectOptionAsync(trainee.PersonId.ToString());
            foreach (var (criterion, i) in QaCriteria.All.Select((c, i) => (c, i)))
            {
                var section = trainer.Page.GetByRole(AriaRole.Group, new() { Name = QaCriteria.Name(criterion) });
                await section.GetByLabel("Rating").SelectOptionAsync(new SelectOptionValue { Label = i == 5 ? "Partly met" : "Met" });
                await section.GetByLabel("Evidence").FillAsync($"Observed during the afternoon: {QaCriteria.Name(criterion).ToLowerInvariant()}.");
            }
            await trainer.Page.GetByLabel("Further development needed").CheckAsync();
            await trainer.Page.GetByLabel("Development actions").FillAsync("- Keep the goal-setting exercise to its 40 minutes");
            await trainer.Page.GetByRole(AriaRole.Button, new() { Name = "Record observation" }).ClickAsync();
            await trainer.HeadingAsync($"QA observation of {trainee.Name}");
            await trainer.ScreenshotAsync("trainer-2-observation-recorded");
        }

        var observation = await data.QueryAsync(db => db.QaObservations.AsNoTracking().Include(o => o.Ratings)
            .SingleAsync(o => o.ProgrammeEventId == delivery.Id));
        Assert.Equal((trainee.PersonId, tom.Id, QaOutcome.FurtherDevelopmentNeeded), (observation.ObservedPersonId, observation.AssessorPersonId, observation.Outcome));
        Assert.Equal(QaCriteria.All.Length, observation.Ratings.Count);
        Assert.Equal(QaRating.PartlyMet, observation.Ratings.Single(r => r.Criterion == QaCriterion.TimeManagement).Rating);

        await using (var me = await Journey.StartAsync(browser, portal, traineeEmail))
        {
            await me.Page.GetByRole(AriaRole.Link, new() { Name = "Your trainer record" }).First.ClickAsync();
            await me.HeadingAsync("Your trainer record");
            await me.SeesAsync("2 steps still ahead.");
            var steps = (await me.Page.Locator("main ol > li").AllInnerTextsAsync()).Select(s => s.Trim()).ToList();
            Assert.Equal(4, steps.Count);
            Assert.StartsWith("Complete Train the Trainer: Done", steps[0]);
            Assert.Equal("Co-deliver beside accredited trainers: Still ahead 1 of 2 co-deliveries completed", steps[1]);
            Assert.Equal("Be observed delivering (quality assurance): Done 1 observation recorded", steps[2]);
            Assert.Equal("Accredited to lead: Still ahead Further development needed: see the development actions", steps[3]);
            var history = me.Page.GetByRole(AriaRole.Table, new() { Name = "QA history" }).GetByRole(AriaRole.Row).Filter(new() { HasText = delivery.Title });
            Assert.Equal([delivery.Title, "Tom Reid", "Further development needed"], (await history.Locator("td").AllInnerTextsAsync()).Skip(1).Select(t => t.Trim()));
            await me.ScreenshotAsync("trainer-3-trainee-steps-left");
        }
        Finish();
    }

    [Fact]
    public async Task A_facilitator_logs_a_visit_with_actions_completes_a_fidelity_review_and_moves_the_practice_on()
    {
        var fatima = await data.PersonAsync(Facilitator);
        var lead = await data.PersonAsync(Lead);
        var today = LondonTime.DateOf(data.Now);
        var practice = await data.QueryAsync(db => db.Practices.AsNoTracking().Where(p => !db.FacilitatorAssignments.Any(a => a.PracticeId == p.Id))
            .OrderBy(p => p.OdsCode).FirstAsync());
        await data.WithAsync(async sp =>
        {
            Assert.Equal(AssignOutcome.Assigned, await sp.GetRequiredService<Caseloads>().AssignAsync(fatima.Id, practice.OdsCode, today.AddDays(-30), lead.Id));
            var recorder = sp.GetRequiredService<JourneyRecorder>();
            var now = (await recorder.CurrentAsync(practice.Id))!;
            return await recorder.RecordAsync(practice.Id, now, now with { Stage = PracticeStage.Trained }, "Staff trained before joining the caseload", today.AddDays(-20), lead.Id);
        });

        await using var me = await Journey.StartAsync(browser, portal, Facilitator);
        await me.Page.GetByRole(AriaRole.Link, new() { Name = "Facilitation", Exact = true }).ClickAsync();
        await me.Page.Locator($"main a[href='/Practices/{practice.Id}#facilitation']").ClickAsync();
        var stage = me.Page.Locator("#facilitation + dl .nhsuk-summary-list__row").Filter(new() { HasText = "Stage" }).Locator(".nhsuk-summary-list__value");
        Assert.Equal("Trained", (await stage.InnerTextAsync()).Trim());
        await me.ScreenshotAsync("facilitator-1-practice-before");

        await me.Page.GetByRole(AriaRole.Link, new() { Name = "Record a visit" }).ClickAsync();
        await me.HeadingAsync("Record a visit");
        await DateInputs.FillAsync(me.Page.Locator("main"), "Date of the visit", today.AddDays(-1));
        await me.Page.GetByLabel("on site").CheckAsync();
        await me.Page.GetByLabel("Length of the visit, in minutes").FillAsync("90");
        await me.Page.GetByLabel("Purpose").SelectOptionAsync(new SelectOptionValue { Label = "Process redesign" });
        await me.Page.GetByLabel("Notes").FillAsync("Walked through the **care-planning clinic** template with the practice nurse.");
        var first = me.Page.GetByRole(AriaRole.Group, new() { Name = "Action 1" });
        await first.GetByLabel("What will be done").FillAsync("Send results letters two weeks before each review");
        await first.GetByLabel("Owner").FillAsync("Practice manager");
        await DateInputs.FillAsync(first, "Due", today.AddDays(21));
        await me.Page.GetByRole(AriaRole.Button, new() { Name = "Save the visit" }).ClickAsync();
        await me.SeesAsync("Send results letters two weeks before each review");

        await me.GoToAsync($"/Practices/{practice.Id}");
        await me.Page.GetByRole(AriaRole.Link, new() { Name = "Start a fidelity review" }).ClickAsync();
        await me.Page.GetByRole(AriaRole.Button, new() { Name = "Start the review" }).ClickAsync();
        await me.HeadingAsync("Fidelity review (draft)");
        await RateEveryElementAsync(me.Page);
        await me.Page.GetByLabel("Summary and areas for support").FillAsync("Plans are shared, but people are not yet offered a review of them.");
        await me.ScreenshotAsync("facilitator-2-fidelity-review");
        await me.Page.GetByRole(AriaRole.Button, new() { Name = "Complete the review" }).ClickAsync();
        await me.SeesAsync("Amber");

        await me.GoToAsync($"/Practices/{practice.Id}");
        await me.Page.GetByRole(AriaRole.Link, new() { Name = "Change stage, conditions or enhanced service" }).ClickAsync();
        await me.HeadingAsync("Change the practice's journey");
        await me.Page.GetByLabel("Implementing", new() { Exact = true }).CheckAsync();
        await me.Page.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await me.Page.WaitForURLAsync($"**/Practices/{practice.Id}#facilitation");
        Assert.Equal("Implementing", (await stage.InnerTextAsync()).Trim());
        var timeline = await me.Page.Locator("#facilitation ~ table").Last.InnerTextAsync();
        Assert.Contains("Stage: Trained to Implementing", timeline);
        Assert.Contains("Fidelity review: Amber", timeline);
        Assert.Contains("Process redesign (on site)", timeline);
        await me.ScreenshotAsync("facilitator-3-practice-after");

        var (visit, review, journey) = await data.QueryAsync(async db => (
            await db.PracticeVisits.AsNoTracking().Include(v => v.Actions).SingleAsync(v => v.PracticeId == practice.Id),
            await db.FidelityReviews.AsNoTracking().Include(r => r.Ratings).SingleAsync(r => r.PracticeId == practice.Id),
            await db.PracticeJourneys.AsNoTracking().SingleAsync(j => j.PracticeId == practice.Id)));
        Assert.Equal((fatima.Id, 90, "Practice manager"), (visit.FacilitatorId, visit.DurationMinutes, visit.Actions.Single().Owner));
        Assert.Equal((today.AddDays(-1), today.AddDays(21)), (visit.VisitedOn, visit.Actions.Single().DueOn));
        Assert.Equal(ReviewStatus.Completed, review.Status);
        Assert.Equal(FidelityElements.All.Count, review.Ratings.Count(r => r.Rating is not null));
        Assert.Equal(PracticeStage.Implementing, journey.Stage);
        Finish();
    }

    /// <summary>Essentials fully in place, two elements partly, the formal review of plans not in place: amber.</summary>
    private static async Task RateEveryElementAsync(IPage page)
    {
        foreach (var (info, i) in FidelityElements.All.Select((e, i) => (e, i)))
        {
            var rating = info.Element switch
            {
                FidelityElement.OpportunityToReview => "Not in place",
                FidelityElement.Triage or FidelityElement.SharablePlan => "Partly in place",
                _ => "Fully in place",
            };
            var group = page.GetByRole(AriaRole.Group, new() { Name = $"{i + 1}. {info.Wording}" });
            await group.GetByLabel(rating, new() { Exact = true }).CheckAsync();
            // Evidence is optional; the facilitator writes it where the practice falls short.
            if (rating != "Fully in place")
                await page.GetByLabel($"Evidence for element {i + 1}", new() { Exact = true }).FillAsync($"Seen in the practice's records: {rating.ToLowerInvariant()}.");
        }
    }

    [Fact]
    public async Task An_attendee_who_attended_gives_feedback_and_the_lead_sees_it_in_the_report()
    {
        var amy = await data.PersonAsync(Attendee);
        var lead = await data.PersonAsync(Lead);
        var others = await data.StaffAsync(2);
        var course = await data.EventAsync("YOC training course, Banbury", YocCourse, -2, new(9, 0), new(16, 30), EventStatus.Completed);
        var bookings = new List<int> { await data.BookAsync(course.Id, amy) };
        foreach (var person in others) bookings.Add(await data.BookAsync(course.Id, person));
        // The register as the trainer took it: Amy and one colleague came, the other did not.
        await data.WithAsync(async sp =>
        {
            await sp.GetRequiredService<AttendanceRecorder>().MarkAsync(course.Sessions[0].Id,
                [new RegisterMark(bookings[0], true), new RegisterMark(bookings[1], true), new RegisterMark(bookings[2], false)], lead.Id);
            return true;
        });

        await using (var me = await Journey.StartAsync(browser, portal, Attendee))
        {
            await me.Page.GetByRole(AriaRole.Link, new() { Name = "Your feedback" }).First.ClickAsync();
            await me.HeadingAsync("Your feedback");
            await me.Page.GetByRole(AriaRole.Link, new() { Name = $"Give feedback on {course.Title}" }).ClickAsync();
            await me.HeadingAsync(course.Title);
            await ChooseAsync(me.Page, "Overall, how would you rate this event?", "4");
            await ChooseAsync(me.Page, "I have a better understanding of the YOC approach and the PCSP conversation", "Strongly agree");
            await ChooseAsync(me.Page, "Before the training, how confident were you to hold a PCSP conversation?", "2");
            await ChooseAsync(me.Page, "Now, after the training, how confident are you to hold a PCSP conversation?", "4");
            await me.Page.GetByLabel("What was the most useful part? (optional)").FillAsync("Practising the agenda-setting conversation in pairs.");
            await ChooseAsync(me.Page, "May we quote your comments?", "Yes, you may quote them");
            await me.ScreenshotAsync("feedback-1-form");
            await me.Page.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
            await me.SeesAsync("Thank you: your feedback is saved.");
            await me.ScreenshotAsync("feedback-2-saved");
        }

        var response = await data.QueryAsync(db => db.FeedbackResponses.AsNoTracking().SingleAsync(r => r.ProgrammeEventId == course.Id));
        Assert.Equal((bookings[0], 4, 2, 4, true), (response.BookingId, response.OverallRating, response.ConfidenceBefore!.Value, response.ConfidenceAfter!.Value, response.MayQuote));

        await using (var lead1 = await Journey.StartAsync(browser, portal, Lead))
        {
            await lead1.Page.GetByRole(AriaRole.Link, new() { Name = "Feedback reports" }).First.ClickAsync();
            await lead1.HeadingAsync("Feedback reports");
            await lead1.Page.GetByLabel("Event", new() { Exact = true }).SelectOptionAsync(course.Id.ToString());
            await lead1.Page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();
            await lead1.Page.WaitForURLAsync(url => url.Contains($"Filter.EventId={course.Id}", StringComparison.Ordinal));
            Assert.Equal("50% (1 of 2)", await SummaryAsync(lead1.Page, "Response rate"));
            // One response: too few for Amy's answers to be shown, so the report says how many responded and why no more.
            const string withheld = TrainingHub.Web.Domain.Feedback.FeedbackFigures.WithheldText;
            Assert.Equal(withheld, await SummaryAsync(lead1.Page, "Agree or strongly agree"));
            Assert.Equal(withheld, await SummaryAsync(lead1.Page, "Mean confidence to hold a PCSP conversation, before"));
            Assert.Equal(withheld, await SummaryAsync(lead1.Page, "Mean overall rating"));
            var row = await lead1.Page.GetByRole(AriaRole.Row).Filter(new() { HasText = course.Title }).InnerTextAsync();
            Assert.Contains("50% (1 of 2)", row);
            await lead1.SeesAsync(TrainingHub.Web.Domain.Feedback.FeedbackFigures.WhyWithheld);
            Assert.Equal(0, await lead1.Page.GetByText("Practising the agenda-setting conversation in pairs.").CountAsync());
            await lead1.ScreenshotAsync("feedback-3-lead-report");
        }
        Finish();
    }

    private static Task ChooseAsync(IPage page, string question, string answer) =>
        page.GetByRole(AriaRole.Group, new() { Name = question }).GetByLabel(answer, new() { Exact = true }).CheckAsync();

    private static async Task<string> SummaryAsync(IPage page, string key) =>
        (await page.Locator(".nhsuk-summary-list__row").Filter(new() { HasText = key }).Locator(".nhsuk-summary-list__value").InnerTextAsync()).Trim();

    private void Finish()
    {
        output.WriteLine($"Journey took {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Empty(portal.Errors.All);
    }
}
