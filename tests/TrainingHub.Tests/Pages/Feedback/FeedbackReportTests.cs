using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Tests.Pages.Feedback;

public sealed class FeedbackReportTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task A_lead_sees_the_figures_and_only_the_comments_attendees_let_us_quote_without_names()
    {
        var ev = await factory.PastEventAsync();
        var (alice, a) = await factory.AttendeeAsync(ev.Id);
        var (bob, b) = await factory.AttendeeAsync(ev.Id);
        var (carol, _) = await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(a, rating: 5, understanding: Agreement.StronglyAgree, before: 1, after: 4, mostUseful: "Role play was brilliant", mayQuote: true);
        await factory.ResponseAsync(b, rating: 4, understanding: Agreement.Disagree, before: 3, after: 4, mostUseful: "Keep this private", mayQuote: false);
        for (var i = 0; i < 3; i++)
            await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking, rating: 3, understanding: Agreement.Agree, before: 2, after: 3);

        var html = WebUtility.HtmlDecode(await factory.CreateClientFor((await factory.LeadAsync()).Id).GetPageAsync("/Feedback/Reports"));
        Assert.Contains("83% (5 of 6)", html);          // response rate
        Assert.Contains("80% (4 of 5)", html);          // agree or strongly agree
        Assert.Contains("+1.4", html);                  // confidence shift (3, 1, 1, 1, 1)
        Assert.Contains("3.6", html);                   // mean rating
        Assert.DoesNotContain(FeedbackFigures.WithheldText, html);
        Assert.Contains("Role play was brilliant", html);
        Assert.DoesNotContain("Keep this private", html);
        foreach (var person in new[] { alice, bob, carol })
            Assert.DoesNotContain(person.FamilyName, html);
    }

    [Fact]
    public async Task With_fewer_than_5_responses_the_answers_and_comments_are_withheld_and_the_page_says_why()
    {
        var ev = await factory.PastEventAsync();
        var (_, a) = await factory.AttendeeAsync(ev.Id);
        var (_, b) = await factory.AttendeeAsync(ev.Id);
        await factory.AttendeeAsync(ev.Id);
        await factory.ResponseAsync(a, rating: 5, understanding: Agreement.StronglyAgree, before: 1, after: 4, mostUseful: "Role play was brilliant", mayQuote: true);
        await factory.ResponseAsync(b, rating: 2, understanding: Agreement.Disagree, before: 3, after: 4);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var page = PageHtml.Parse(await client.GetPageAsync("/Feedback/Reports"));
        var text = page.Body!.TextContent;
        Assert.Contains("67% (2 of 3)", text);          // how many responded is not an answer
        Assert.Contains(FeedbackFigures.WhyWithheld, page.TextOf("#answers-withheld"));
        Assert.Contains(FeedbackFigures.WithheldText, text);
        Assert.DoesNotContain("50% (1 of 2)", text);
        Assert.DoesNotContain("3.5", text);
        Assert.DoesNotContain("Role play was brilliant", text);
        var csv = (await (await client.GetAsync("/Feedback/Reports?handler=Csv")).Content.ReadAsStringAsync()).TrimStart('\uFEFF')
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, csv.Length);
        Assert.EndsWith($",3,2,67,{FeedbackFigures.WithheldText},2,{FeedbackFigures.WithheldText},{FeedbackFigures.WithheldText},{FeedbackFigures.WithheldText},{FeedbackFigures.WithheldText}", csv[1]);
    }

    [Fact]
    public Task The_figures_the_database_counts_agree_with_the_domain_rules_over_varied_answers() =>
        FeedbackTallyCheck.DatabaseCountsAgreeWithTheDomainAsync(factory);

    [Fact]
    public async Task With_no_responses_the_report_says_so_rather_than_showing_zero()
    {
        var ev = await factory.PastEventAsync();
        await factory.AttendeeAsync(ev.Id);
        var html = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetPageAsync("/Feedback/Reports");
        Assert.Contains("0% (0 of 1)", html);
        Assert.Contains("no responses", html);
        // In the text people read: a random token in an attribute may spell NaN.
        Assert.DoesNotMatch(@"\bNaN\b", Regex.Replace(html, "<[^>]*>", " "));
    }

    [Fact]
    public async Task A_trainer_sees_only_the_events_they_delivered_and_never_who_said_what()
    {
        var trainer = await factory.TrainerAsync();
        var otherTrainer = await factory.TrainerAsync();
        var mine = await factory.PastEventAsync(trainer.Id, title: "My course in Slough");
        var theirs = await factory.PastEventAsync(otherTrainer.Id, title: "Their course in Banbury");
        var (attendee, booking) = await factory.AttendeeAsync(mine.Id);
        await factory.ResponseAsync(booking, mostUseful: "Quotable words", mayQuote: true);
        for (var i = 1; i < FeedbackFigures.MinimumResponses; i++) await factory.ResponseAsync((await factory.AttendeeAsync(mine.Id)).Booking);
        var (_, theirBooking) = await factory.AttendeeAsync(theirs.Id);
        await factory.ResponseAsync(theirBooking, mostUseful: "Their attendee's words", mayQuote: true);
        var client = factory.CreateClientFor(trainer.Id);

        var html = await client.GetPageAsync("/Feedback/Reports");
        Assert.Contains("My course in Slough", html);
        Assert.Contains("Quotable words", html);
        Assert.DoesNotContain("Their course in Banbury", html);
        Assert.DoesNotContain("Their attendee", html);
        Assert.DoesNotContain(attendee.FamilyName, html);

        var asked = await client.GetPageAsync($"/Feedback/Reports?Filter.EventId={theirs.Id}");
        Assert.DoesNotContain("Their attendee", asked);
        Assert.Contains("No completed events match these filters", asked);
        var csv = await (await client.GetAsync($"/Feedback/Reports?handler=Csv&Filter.TrainerId={otherTrainer.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Banbury", csv);
    }

    [Fact]
    public async Task Filters_narrow_the_report_by_event_type_place_trainer_and_date()
    {
        var place = await factory.Data.PlaceAsync(name: "Wokingham");
        var trainer = await factory.TrainerAsync();
        var course = await factory.PastEventAsync(trainer.Id, placeId: place.Id, endedDaysAgo: 3, title: "Course in Wokingham");
        var meeting = await factory.PastEventAsync(eventTypeId: FeedbackData.TrainerMeeting, endedDaysAgo: 60, title: "Spring trainer meeting");
        foreach (var ev in new[] { course, meeting }) await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        // What the report shows, after the filter form and its lists of events.
        async Task<string> Report(string query) => (await client.GetPageAsync("/Feedback/Reports?" + query)).Split("<h2>Summary</h2>")[1];
        Assert.DoesNotContain("Spring trainer meeting", await Report($"Filter.PlaceId={place.Id}"));
        Assert.DoesNotContain("Spring trainer meeting", await Report($"Filter.TrainerId={trainer.Id}"));
        Assert.DoesNotContain("Course in Wokingham", await Report($"Filter.EventTypeId={FeedbackData.TrainerMeeting}"));
        var recent = factory.Today().AddDays(-10).ToString("yyyy-MM-dd");
        var recentOnly = await Report($"Filter.From={recent}");
        Assert.Contains("Course in Wokingham", recentOnly);
        Assert.DoesNotContain("Spring trainer meeting", recentOnly);
        Assert.DoesNotContain("Course in Wokingham", await Report($"Filter.To={recent}"));
    }

    [Fact]
    public async Task The_filters_show_the_trainer_place_and_event_chosen_and_nothing_else()
    {
        var place = await factory.Data.PlaceAsync(name: "Bracknell");
        var trainer = await factory.TrainerAsync();
        await factory.TrainerAsync();
        var course = await factory.PastEventAsync(trainer.Id, placeId: place.Id, endedDaysAgo: 3, title: "Course in Bracknell");
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);

        var page = await client.GetPageAsync($"/Feedback/Reports?Filter.TrainerId={trainer.Id}&Filter.PlaceId={place.Id}&Filter.EventId={course.Id}");

        var form = page.Split("<h2>Summary</h2>")[0];
        Assert.Contains($"<option value=\"{trainer.Id}\" selected>", form);
        Assert.Contains($"<option value=\"{place.Id}\" selected>", form);
        Assert.Contains($"<option value=\"{course.Id}\" selected>Course in Bracknell", form);
        Assert.Equal(3, form.Split(" selected>").Length - 1);
    }

    [Theory]
    [InlineData("Filter.From.Day=31&Filter.From.Month=2&Filter.From.Year=2026", "Filter_From", "The ‘from’ date must be a real date")]
    [InlineData("Filter.To.Day=1&Filter.To.Month=13&Filter.To.Year=2026", "Filter_To", "The ‘to’ date must be a real date")]
    [InlineData("Filter.From=not-a-date", "Filter_From", "The ‘from’ date must be a real date")]
    [InlineData("Filter.From.Day=1&Filter.From.Month=5&Filter.From.Year=2026&Filter.To.Day=1&Filter.To.Month=4&Filter.To.Year=2026",
        "Filter_To", "The ‘to’ date must be the same as or after the ‘from’ date")]
    public async Task Bad_dates_are_refused_on_their_field_and_show_no_report(string query, string id, string message)
    {
        var ev = await factory.PastEventAsync();
        await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking);
        var response = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetAsync("/Feedback/Reports?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PageHtml.ParseAsync(response);
        Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a"));
        page.AssertFieldInError(id, message);
        Assert.DoesNotContain(page.QuerySelectorAll("main h2"), h => h.TextContent == "Summary");
    }

    [Fact]
    public async Task The_date_filters_are_day_month_and_year_boxes_that_narrow_the_report_and_keep_what_was_typed()
    {
        var course = await factory.PastEventAsync(endedDaysAgo: 3, title: "Course in Wokingham");
        var meeting = await factory.PastEventAsync(eventTypeId: FeedbackData.TrainerMeeting, endedDaysAgo: 60, title: "Spring trainer meeting");
        foreach (var ev in new[] { course, meeting }) await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking);
        var client = factory.CreateClientFor((await factory.LeadAsync()).Id);
        var from = factory.Today().AddDays(-10);

        var page = PageHtml.Parse(await client.GetPageAsync($"/Feedback/Reports?Filter.From.Day={from.Day}&Filter.From.Month={from.Month}&Filter.From.Year={from.Year}"));

        page.AssertDateInput("Filter_From", "Events from (UK date)");
        page.AssertDateInput("Filter_To", "Events to (UK date)");
        var rows = page.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Course in Wokingham"));
        Assert.DoesNotContain(rows, r => r.Contains("Spring trainer meeting"));
        Assert.Equal(from.Day.ToString(), ((AngleSharp.Html.Dom.IHtmlInputElement)page.GetElementById("Filter_From")!).Value);
    }

    [Theory]
    [InlineData("Filter.TrainerId=abc", "Choose a trainer from the list")]
    [InlineData("Filter.PlaceId=99999999999", "Choose a place from the list")]
    [InlineData("Filter.EventTypeId=1.5", "Choose an event type from the list")]
    [InlineData("Filter.EventId=999999", null)]
    public async Task A_filter_choice_not_on_offer_is_explained_or_selects_nothing_not_a_crash(string query, string? message)
    {
        await factory.PastEventAsync(title: "Course in Slough");
        var response = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetAsync("/Feedback/Reports?" + query);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(" selected>", html);
        Assert.Contains("Course in Slough", html);
        if (message is null) Assert.DoesNotContain("nhsuk-error-summary", html);
        else Assert.Contains($"href=\"#{query.Split('=')[0].Replace('.', '_')}\">{message}</a>", html);
    }

    [Fact]
    public async Task The_csv_export_makes_typed_titles_safe_for_spreadsheets_and_keeps_numbers_numeric()
    {
        var ev = await factory.PastEventAsync(title: "=HYPERLINK(\"bad\")");
        for (var i = 0; i < FeedbackFigures.MinimumResponses; i++)
            await factory.ResponseAsync((await factory.AttendeeAsync(ev.Id)).Booking, rating: 4, before: 4, after: 3);
        var response = await factory.CreateClientFor((await factory.LeadAsync()).Id).GetAsync("/Feedback/Reports?handler=Csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Event,Date,Event type,Place,Completed,Responses,Response rate %", lines[0]);
        Assert.StartsWith("\"'=HYPERLINK(\"\"bad\"\")\"", lines[1]);
        Assert.EndsWith(",5,5,100,100,5,4.0,3.0,-1.0,4.0", lines[1]);
        Assert.StartsWith("All events in this report", lines[2]);
    }
}
