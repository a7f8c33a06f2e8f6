using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Pages.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class DashboardTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private DateOnly Today => factory.Today();

    [Fact]
    public async Task The_dashboard_shows_overdue_actions_visits_this_quarter_and_reviews_due_for_the_caseload_only()
    {
        var place = await factory.Data.PlaceAsync();
        var mine = await factory.Data.PracticeAsync(place.Id);
        var theirs = await factory.Data.PracticeAsync(place.Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        var colleague = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(facilitator.Id, mine.Id);
        await factory.AssignAsync(colleague.Id, theirs.Id);
        var myVisit = await factory.VisitAsync(facilitator.Id, mine.Id);
        await factory.WithDbAsync(async db => { (await db.PracticeVisits.FindAsync(myVisit))!.VisitedOn = Today; await db.SaveChangesAsync(); });
        await factory.ActionAsync(myVisit, "Set up recall searches", Today.AddDays(-3));
        await factory.ActionAsync(myVisit, "Already done", Today.AddDays(-3), Today);
        await factory.ActionAsync(myVisit, "Not due yet", Today.AddDays(3));
        var theirVisit = await factory.VisitAsync(colleague.Id, theirs.Id);
        await factory.ActionAsync(theirVisit, "Their overdue action", Today.AddDays(-3));
        await factory.CompleteReviewAsync(await factory.DraftReviewAsync(facilitator.Id, mine.Id), Today.AddDays(10));

        var html = await factory.CreateClientFor(facilitator.Id).GetPageAsync("/Facilitation");

        Assert.Contains("Set up recall searches", html);
        Assert.DoesNotContain("Already done", html);
        Assert.DoesNotContain("Not due yet", html);
        Assert.DoesNotContain("Their overdue action", html);
        Assert.Contains("this quarter", html);
        Assert.Contains($"/Facilitation/Visits/Details/{myVisit}", html);
        Assert.Contains($"/Facilitation/Reviews/Start/{mine.Id}", html);
        var leadView = await factory.CreateClientFor((await factory.Data.LeadAsync()).Id).GetPageAsync("/Facilitation");
        Assert.Contains("Their overdue action", leadView);
    }

    [Fact]
    public async Task Reminders_say_who_is_due_what()
    {
        var place = await factory.Data.PlaceAsync();
        var practice = await factory.Data.PracticeAsync(place.Id);
        var drafting = await factory.Data.PracticeAsync(place.Id);
        var recorder = await factory.Data.FacilitatorAsync();
        var current = await factory.Data.FacilitatorAsync();
        await factory.AssignAsync(current.Id, practice.Id);
        await factory.AssignAsync(current.Id, drafting.Id);
        var visit = await factory.VisitAsync(recorder.Id, practice.Id);
        var today = new DateOnly(2024, 9, 1);
        await factory.ActionAsync(visit, "Overdue", today.AddDays(-1));
        await factory.ActionAsync(visit, "Due within the fortnight", today.AddDays(FacilitationReminders.DaysAhead));
        await factory.ActionAsync(visit, "Later", today.AddDays(FacilitationReminders.DaysAhead + 1));
        await factory.ActionAsync(visit, "Done", today.AddDays(-1), today.AddDays(-2));
        await factory.CompleteReviewAsync(await factory.DraftReviewAsync(recorder.Id, practice.Id), today.AddDays(5));
        await factory.CompleteReviewAsync(await factory.DraftReviewAsync(recorder.Id, drafting.Id), today.AddDays(5));
        await factory.DraftReviewAsync(current.Id, drafting.Id);

        using var scope = factory.Services.CreateScope();
        var due = await scope.ServiceProvider.GetRequiredService<FacilitationReminders>().DueAsync(today);

        Assert.Equal(
            [(recorder.Id, ReminderKind.ActionDue, "Overdue (owner: Practice manager)"),
             (recorder.Id, ReminderKind.ActionDue, "Due within the fortnight (owner: Practice manager)"),
             (current.Id, ReminderKind.ReviewDue, "Fidelity review due")],
            due.Select(r => (r.PersonId, r.Kind, r.What)).OrderBy(r => r.Kind).ThenBy(r => r.What.Length));
        Assert.Equal(practice.Id, due.Single(r => r.Kind == ReminderKind.ReviewDue).PracticeId);
    }
}
