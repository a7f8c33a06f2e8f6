using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Facilitation;
using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Pages.Facilitation;

/// <summary>The facilitation forms take dates as the NHS date input's day, month and year boxes.</summary>
public sealed class FacilitationDateInputTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private static void AssertDateBoxes(IHtmlDocument page, string id, string legend)
    {
        var boxes = page.GetElementById(id + "-group");
        Assert.True(boxes is not null, $"The page has the date input {id}");
        Assert.Equal(legend, boxes.Closest("fieldset")!.QuerySelector("legend")!.TextContent.Trim());
        Assert.Equal(["Day", "Month", "Year"], boxes.QuerySelectorAll("label").Select(l => l.TextContent));
        Assert.Equal([id, id + "_Month", id + "_Year"], boxes.QuerySelectorAll("label").Select(l => l.GetAttribute("for")));
        Assert.All(boxes.QuerySelectorAll("input"), box => Assert.Equal("text", box.GetAttribute("type")));
    }

    private static string[] Shown(IHtmlDocument page, string id) =>
        [.. new[] { id, id + "_Month", id + "_Year" }.Select(box => page.GetElementById(box)!.GetAttribute("value") ?? "")];

    private static void Date(Dictionary<string, string> form, string name, string day, string month, string year)
    {
        form[name + ".Day"] = day;
        form[name + ".Month"] = month;
        form[name + ".Year"] = year;
    }

    private static Dictionary<string, string> Visit() => new()
    {
        ["Input.Mode"] = "OnSite", ["Input.DurationMinutes"] = "60", ["Input.Purpose"] = "ItAndTemplates", ["Input.Notes"] = "Went well",
        ["Input.Actions[0].Description"] = "Load the YOC template", ["Input.Actions[0].Owner"] = "Practice manager",
    };

    [Fact]
    public async Task The_facilitation_forms_ask_for_dates_as_day_month_and_year_with_no_browser_date_picker()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var reviewId = await client.StartReviewAsync(practice.Id);
        var lead = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);

        var pages = new (string Html, (string Id, string Legend)[] Dates)[]
        {
            (await client.GetPageAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}"),
                [("Input_VisitedOn", "Date of the visit"), ("Input_FollowUpOn", "Follow-up date (optional)"), ("Input_Actions[0]_DueOn", "Due"), ("Input_Actions[1]_DueOn", "Due")]),
            (await client.GetPageAsync($"/Facilitation/Reviews/Start/{practice.Id}"), [("ReviewedOn", "Date of the review")]),
            (await client.GetPageAsync($"/Facilitation/Reviews/Edit/{reviewId}"), [("Input_ReviewedOn", "Date of the review"), ("Input_NextReviewDue", "Next review due")]),
            (await client.GetPageAsync($"/Facilitation/Reviews/Details/{reviewId}"), [("Input_DueOn", "Due")]),
            (await client.GetPageAsync($"/Facilitation/Journey/{practice.Id}"), [("Input_EffectiveOn", "Date of the change")]),
            (await lead.GetPageAsync("/Facilitation/Caseloads"), [("Input_StartsOn", "Starts on")]),
        };

        foreach (var (html, dates) in pages)
        {
            var page = PageHtml.Parse(html);
            Assert.Empty(page.QuerySelectorAll("input[type=date]"));
            foreach (var (id, legend) in dates) AssertDateBoxes(page, id, legend);
        }
        var edit = PageHtml.Parse(pages[2].Html);
        Assert.Equal(["1", "6", "2024"], Shown(edit, "Input_ReviewedOn"));
        Assert.Equal(["1", "6", "2025"], Shown(edit, "Input_NextReviewDue"));
    }

    [Fact]
    public async Task A_visit_typed_as_day_month_and_year_boxes_is_saved_with_its_dates()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var form = Visit();
        Date(form, "Input.VisitedOn", "5", "3", "2026");
        Date(form, "Input.FollowUpOn", "05", "04", "2026");
        Date(form, "Input.Actions[0].DueOn", "19", "3", "2026");

        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var visit = await factory.WithDbAsync(db => db.PracticeVisits.Include(v => v.Actions).SingleAsync());
        Assert.Equal((new DateOnly(2026, 3, 5), new DateOnly(2026, 4, 5)), (visit.VisitedOn, visit.FollowUpOn));
        Assert.Equal(new DateOnly(2026, 3, 19), Assert.Single(visit.Actions).DueOn);
    }

    [Fact]
    public async Task A_visit_date_that_cannot_be_is_refused_on_its_field_with_what_was_typed_kept_and_nothing_saved()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var form = Visit();
        Date(form, "Input.VisitedOn", "31", "2", "2026");

        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_VisitedOn", "Date of the visit must be a real date");
        Assert.Equal(["31", "2", "2026"], Shown(page, "Input_VisitedOn"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeVisits.CountAsync()));
    }

    [Fact]
    public async Task Dates_that_cannot_be_on_a_visit_are_each_refused_on_their_own_field_in_the_order_of_the_form()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var form = Visit();
        form["Input.DurationMinutes"] = "";
        Date(form, "Input.VisitedOn", "5", "3", "2026");
        Date(form, "Input.FollowUpOn", "31", "4", "2026");
        Date(form, "Input.Actions[0].DueOn", "1", "13", "2026");

        var response = await client.PostFormAsync($"/Facilitation/Visits/Edit?practiceId={practice.Id}", form);

        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_FollowUpOn", "Follow-up date must be a real date");
        page.AssertFieldInError("Input_Actions[0]_DueOn", "Action 1 due date must be a real date");
        Assert.Equal(["#Input_DurationMinutes", "#Input_FollowUpOn", "#Input_Actions[0]_DueOn"],
            page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.GetAttribute("href")));
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeVisits.CountAsync()));
    }

    [Fact]
    public async Task A_review_typed_as_day_month_and_year_boxes_is_saved_with_its_dates()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);
        var form = ReviewForms.Form(await client.LoadedVersionAsync(id), FidelityRating.Fully, "Seen");
        form.Remove("Input.ReviewedOn");
        form.Remove("Input.NextReviewDue");
        Date(form, "Input.ReviewedOn", "2", "6", "2024");
        Date(form, "Input.NextReviewDue", "30", "5", "2025");

        var response = await client.SaveReviewAsync(id, form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var review = await factory.WithDbAsync(db => db.FidelityReviews.SingleAsync());
        Assert.Equal((new DateOnly(2024, 6, 2), new DateOnly(2025, 5, 30)), (review.ReviewedOn, review.NextReviewDue));
    }

    [Fact]
    public async Task A_review_date_that_cannot_be_is_refused_on_its_field_and_nothing_saved()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);
        var form = ReviewForms.Form(await client.LoadedVersionAsync(id), FidelityRating.Fully, "Seen", summary: "Changed");
        form.Remove("Input.NextReviewDue");
        Date(form, "Input.NextReviewDue", "31", "2", "2025");
        form["Input.Elements[1].Rating"] = "NotARating";

        var response = await client.SaveReviewAsync(id, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        page.AssertFieldInError("Input_NextReviewDue", "Next review due date must be a real date");
        Assert.Equal(["31", "2", "2025"], Shown(page, "Input_NextReviewDue"));
        Assert.Equal("#Input_NextReviewDue", page.QuerySelectorAll(".nhsuk-error-summary__list a").Last().GetAttribute("href"));
        var review = await factory.WithDbAsync(db => db.FidelityReviews.Include(r => r.Ratings).SingleAsync());
        Assert.Equal((new DateOnly(2025, 6, 1), null), (review.NextReviewDue, review.Summary));
        Assert.DoesNotContain(review.Ratings, r => r.Rating is not null);
    }

    [Fact]
    public async Task Starting_a_review_on_a_date_that_cannot_be_is_refused_and_starts_nothing()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();

        var response = await client.PostFormAsync($"/Facilitation/Reviews/Start/{practice.Id}", new Dictionary<string, string>
        {
            ["ReviewedOn.Day"] = "30", ["ReviewedOn.Month"] = "2", ["ReviewedOn.Year"] = "2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await PageHtml.ParseAsync(response)).AssertFieldInError("ReviewedOn", "Date of the review must be a real date");
        Assert.Equal(0, await factory.WithDbAsync(db => db.FidelityReviews.CountAsync()));
    }

    [Fact]
    public async Task A_journey_change_on_a_date_that_cannot_be_is_refused_and_records_nothing()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var form = new Dictionary<string, string>
        {
            ["Input.Stage"] = "Engaged", ["Input.Level"] = "Level1", ["Input.Reason"] = "",
            ["Input.SeenStage"] = "NotEngaged", ["Input.SeenConditions"] = "0", ["Input.SeenLevel"] = "NotSignedUp",
        };
        Date(form, "Input.EffectiveOn", "29", "2", "2026");

        var response = await client.PostFormAsync($"/Facilitation/Journey/{practice.Id}", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await PageHtml.ParseAsync(response)).AssertFieldInError("Input_EffectiveOn", "Date of the change must be a real date");
        Assert.Equal(0, await factory.WithDbAsync(db => db.PracticeJourneyChanges.CountAsync(c => c.PracticeId == practice.Id)));
    }

    [Fact]
    public async Task A_review_action_due_on_a_date_that_cannot_be_is_refused_and_adds_nothing()
    {
        var (practice, _, client) = await factory.FacilitatedPracticeAsync();
        var id = await client.StartReviewAsync(practice.Id);
        var form = new Dictionary<string, string> { ["Input.Area"] = "Triage", ["Input.Description"] = "Agree triage criteria", ["Input.Owner"] = "Lead GP" };
        Date(form, "Input.DueOn", "31", "6", "2026");

        var response = await client.PostFormAsync($"/Facilitation/Reviews/Details/{id}", form, $"/Facilitation/Reviews/Details/{id}?handler=AddAction");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await PageHtml.ParseAsync(response)).AssertFieldInError("Input_DueOn", "Due date must be a real date");
        Assert.Equal(0, await factory.WithDbAsync(db => db.VisitActions.CountAsync()));
    }

    [Fact]
    public async Task An_assignment_starting_on_a_date_that_cannot_be_is_refused_and_assigns_nothing()
    {
        var practice = await factory.Data.PracticeAsync((await factory.Data.PlaceAsync()).Id);
        var facilitator = await factory.Data.FacilitatorAsync();
        var client = factory.CreateClientFor((await factory.Data.LeadAsync()).Id);
        var form = new Dictionary<string, string> { ["Input.FacilitatorId"] = facilitator.Id.ToString(), ["Input.OdsCode"] = practice.OdsCode };
        Date(form, "Input.StartsOn", "0", "4", "2026");

        var response = await client.PostFormAsync("/Facilitation/Caseloads", form, "/Facilitation/Caseloads?handler=Assign");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        (await PageHtml.ParseAsync(response)).AssertFieldInError("Input_StartsOn", "Start date must be a real date");
        Assert.Equal(0, await factory.WithDbAsync(db => db.FacilitatorAssignments.CountAsync(a => a.PracticeId == practice.Id)));
    }
}
