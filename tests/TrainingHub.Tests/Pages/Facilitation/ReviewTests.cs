using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

public sealed class ReviewTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();


    [Fact]
    public Task Two_people_saving_the_same_review_at_once_do_not_overwrite_each_other_on_sqlite() =>
        ReviewConflictScenario.RunAsync(factory);

    [Fact]
    public async Task A_new_review_is_a_draft_due_again_in_twelve_months_and_starting_again_reopens_the_draft()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();

        var first = await client.StartReviewAsync(practice.Id, "2024-02-29");
        var second = await client.StartReviewAsync(practice.Id, "2024-03-10");

        Assert.Equal(first, second);
        var review = await factory.WithDbAsync(db => db.FidelityReviews.Include(r => r.Ratings).SingleAsync());
        Assert.Equal((ReviewStatus.Draft, new DateOnly(2025, 2, 28), 11), (review.Status, review.NextReviewDue, review.Ratings.Count));
    }

    [Fact]
    public async Task A_review_cannot_be_completed_until_every_element_is_rated()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);
        var form = ReviewForms.Form(await client.LoadedVersionAsync(id), FidelityRating.Fully, "Seen");
        form["Input.Elements[2].Rating"] = "";

        var response = await client.SaveReviewAsync(id, form, complete: true);

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("href=\"#Input_Elements[2]_Rating\"", html);
        Assert.Contains("Rate element 3 before completing the review", html);
        Assert.Equal(ReviewStatus.Draft, await factory.WithDbAsync(db => db.FidelityReviews.Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_completed_review_shows_its_rag_and_rule_beside_the_previous_review()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var earlier = await client.StartReviewAsync(practice.Id, "2023-06-01");
        await client.SaveReviewAsync(earlier, ReviewForms.Form(await client.LoadedVersionAsync(earlier), FidelityRating.NotInPlace, "Not started", reviewedOn: "2023-06-01", nextDue: "2024-06-01"), complete: true);
        var later = await client.StartReviewAsync(practice.Id, "2024-06-01");
        var completed = await client.SaveReviewAsync(later, ReviewForms.Form(await client.LoadedVersionAsync(later), FidelityRating.Fully, "All in place"), complete: true);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync(completed.Headers.Location!.OriginalString));
        Assert.Contains("Previous review, 1 Jun 2023", html);
        Assert.Contains(">Red</td>", html);
        Assert.Contains(">Green</strong>", html);
        Assert.Contains(FidelityRag.Rule[1], html);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/Facilitation/Reviews/Edit/{later}")).StatusCode);
    }

    [Fact]
    public async Task An_area_for_support_becomes_an_action_and_can_be_marked_done()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);

        var added = await client.PostFormAsync($"/Facilitation/Reviews/Details/{id}", new Dictionary<string, string>
        {
            ["Input.Area"] = "Triage", ["Input.Description"] = "Agree triage criteria", ["Input.Owner"] = "Lead GP", ["Input.DueOn"] = "2024-07-01",
        }, $"/Facilitation/Reviews/Details/{id}?handler=AddAction");
        var action = await factory.WithDbAsync(db => db.VisitActions.SingleAsync());
        await client.PostFormAsync($"/Facilitation/Reviews/Details/{id}", new Dictionary<string, string> { ["actionId"] = action.Id.ToString() },
            $"/Facilitation/Reviews/Details/{id}?handler=Done");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal((FidelityElement?)FidelityElement.Triage, action.Area);
        Assert.NotNull(await factory.WithDbAsync(db => db.VisitActions.Select(a => a.DoneOn).SingleAsync()));
    }

    [Fact]
    public async Task A_facilitator_cannot_open_or_save_a_review_of_a_practice_outside_their_caseload()
    {
        var (theirPractice, _, theirClient) = await factory.FacilitatedPracticeAsync();
        var theirReview = await theirClient.StartReviewAsync(theirPractice.Id);
        var (ownPractice, _, client) = await factory.FacilitatedPracticeAsync();
        var ownReview = await client.StartReviewAsync(ownPractice.Id);

        var get = await client.GetAsync($"/Facilitation/Reviews/Edit/{theirReview}");
        var save = await client.PostFormAsync($"/Facilitation/Reviews/Edit/{ownReview}", ReviewForms.Form("1", FidelityRating.NotInPlace, "Sabotage"),
            $"/Facilitation/Reviews/Edit/{theirReview}");
        var details = await client.GetAsync($"/Facilitation/Reviews/Details/{theirReview}");
        var start = await client.GetAsync($"/Facilitation/Reviews/Start/{theirPractice.Id}");

        Assert.Contains("/Account/AccessDenied", get.Headers.Location?.OriginalString);
        Assert.Contains("/Account/AccessDenied", save.Headers.Location?.OriginalString);
        Assert.Contains("/Account/AccessDenied", start.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.FidelityReviews.Where(r => r.Id == theirReview).Select(r => r.Version).SingleAsync()));
    }

    [Fact]
    public async Task A_completed_review_can_no_longer_be_changed()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);
        var version = await client.LoadedVersionAsync(id);
        await client.SaveReviewAsync(id, ReviewForms.Form(version, FidelityRating.Fully, "Final"), complete: true);

        var late = await client.PostFormAsync($"/Facilitation/Reviews/Start/{practice.Id}",
            ReviewForms.Form((int.Parse(version) + 1).ToString(), FidelityRating.NotInPlace, "Changed afterwards"), $"/Facilitation/Reviews/Edit/{id}");

        Assert.Equal($"/Facilitation/Reviews/Details/{id}", late.Headers.Location?.OriginalString);
        Assert.Equal("Final", await factory.WithDbAsync(db => db.FidelityElementRatings.Where(r => r.FidelityReviewId == id).Select(r => r.Evidence).FirstAsync()));
    }
}
