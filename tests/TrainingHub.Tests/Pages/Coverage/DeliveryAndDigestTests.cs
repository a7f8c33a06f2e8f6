using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Coverage;
using TrainingHub.Web.Pages.Delivery;

namespace TrainingHub.Tests.Pages.Coverage;

public sealed class DeliveryAndDigestTests(CoverageWorld world) : IClassFixture<CoverageWorld>
{
    private PortalFactory Factory => world.Factory;

    [Fact]
    public async Task Delivery_counts_events_delivered_attendees_clinicians_and_practices_and_leaves_out_cancelled_and_future_events()
    {
        var report = await BuildAsync();
        Assert.Equal(
            ["YOC engagement (taster) session 1/1/1/1", "YOC training course 2/4/4/4", "Whole practice team workshop 1/1/0/1", "Train the Trainer programme 1/2/2/0"],
            report.ByType.Select(r => $"{r.EventType} {r.Events}/{r.Attendees}/{r.DistinctClinicians}/{r.DistinctPractices}"));
        Assert.Equal(
            ["2026 Oxford YOC engagement (taster) session 1/1/1/1", "2026 Reading Whole practice team workshop 1/1/0/1",
             "2025 Oxford YOC training course 1/1/1/1", "2025 Oxford Train the Trainer programme 1/2/2/0", "2025 Reading YOC training course 1/3/3/3"],
            report.ByPlaceAndYear.Select(r => $"{r.Year} {r.Place} {r.EventType} {r.Events}/{r.Attendees}/{r.DistinctClinicians}/{r.DistinctPractices}"));
        Assert.Equal(new FidelityDistribution(Red: 1, Amber: 0, Green: 1, Overdue: 1, ActivePracticesReviewed: 2), report.Fidelity);
    }

    [Fact]
    public async Task Delivery_headlines_agreeing_attendees_and_counts_the_current_trainer_pool()
    {
        var report = await BuildAsync();
        // Three responses: too few for the answers to be shown, so only how many responded.
        Assert.Equal(Share.Withheld(3), report.Feedback.BetterUnderstanding);
        Assert.Equal(FeedbackFigures.WithheldText, report.Feedback.BetterUnderstanding.Display());
        Assert.Equal(3, report.Feedback.Responses);
        Assert.Equal(new TrainerPoolSummary(AccreditedTrainers: 2, ExpiringSoon: 1, ExpiringWithinDays: 90, InPipeline: 1), report.TrainerPool);
    }

    [Fact]
    public async Task The_delivery_api_matches_the_page()
    {
        var client = Factory.CreateClientFor(world.Lead.Id);
        var html = await client.GetStringAsync("/Delivery");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/delivery"));
        foreach (var row in json.RootElement.GetProperty("byType").EnumerateArray())
        {
            var onPage = Regex.Match(html, $"""<th scope="row" class="nhsuk-table__cell">{Regex.Escape(row.GetProperty("eventType").GetString()!)}</th>\s*""" +
                """<td[^>]*data-value="(\d+)">\d+</td>\s*<td[^>]*data-value="(\d+)">\d+</td>\s*<td[^>]*data-value="(\d+)">\d+</td>\s*<td[^>]*data-value="(\d+)">""");
            Assert.True(onPage.Success, row.ToString());
            Assert.Equal($"{row.GetProperty("events")}/{row.GetProperty("attendees")}/{row.GetProperty("distinctClinicians")}/{row.GetProperty("distinctPractices")}",
                string.Join("/", onPage.Groups.Values.Skip(1).Select(g => g.Value)));
        }
        var fidelity = json.RootElement.GetProperty("fidelity");
        Assert.Contains($"data-value=\"{fidelity.GetProperty("red")}\"", html);
        Assert.Equal(1, fidelity.GetProperty("green").GetInt32());
        Assert.Equal(4, json.RootElement.GetProperty("byType").GetArrayLength());

        var understanding = json.RootElement.GetProperty("feedback").GetProperty("betterUnderstanding");
        Assert.Equal((JsonValueKind.Null, 0), (understanding.GetProperty("percent").ValueKind, understanding.GetProperty("count").GetInt32()));
        Assert.Contains($"{FeedbackFigures.WithheldText}</dd>", html);
        Assert.Contains($"data-value=\"{json.RootElement.GetProperty("feedback").GetProperty("responses")}\"", html);
        var pool = json.RootElement.GetProperty("trainerPool");
        Assert.Equal("2/1/1", $"{pool.GetProperty("accreditedTrainers")}/{pool.GetProperty("expiringSoon")}/{pool.GetProperty("inPipeline")}");
        var poolOnPage = Regex.Matches(Regex.Match(html, """<dl class="nhsuk-summary-list" id="delivery-trainer-pool">.*?</dl>""", RegexOptions.Singleline).Value,
            """data-value="(\d+)">""").Select(m => m.Groups[1].Value);
        Assert.Equal($"{pool.GetProperty("accreditedTrainers")}/{pool.GetProperty("expiringSoon")}/{pool.GetProperty("inPipeline")}", string.Join("/", poolOnPage));
        Assert.Contains($"Accreditations expiring in the next {pool.GetProperty("expiringWithinDays")} days", html);
    }

    [Fact]
    public async Task The_delivery_excel_export_opens_with_every_section_the_page_shows()
    {
        var bytes = await Factory.CreateClientFor(world.Lead.Id).GetByteArrayAsync("/Delivery?handler=Xlsx");
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var sheets = document.WorkbookPart!.Workbook.Descendants<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["By event type", "By place and year", "Fidelity reviews", "Feedback headline", "Trainer pool"], sheets);
        var text = string.Join("|", document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>()).Select(c => c.InnerText));
        Assert.Contains("YOC training course|2|4|4|4", text);
        Assert.Contains($"Responses|{FeedbackFigures.WithheldText}|3|{FeedbackFigures.WithheldText}|3", text);
        Assert.Contains("Trainees in the pipeline|2|1|1", text);
    }

    [Fact]
    public async Task The_weekly_digest_goes_once_a_week_to_each_lead_with_coverage_events_short_of_bookings_and_overdue_reviews()
    {
        using var scope = Factory.Services.CreateScope();
        var digest = scope.ServiceProvider.GetRequiredService<WeeklyDigest>();
        Assert.Equal(1, await digest.QueueAsync());
        Assert.Equal(0, await digest.QueueAsync());

        var queued = await Factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == WeeklyDigest.Kind).ToListAsync());
        var message = Assert.Single(queued);
        Assert.Equal(world.Lead.Id, message.RecipientPersonId);
        var values = JsonSerializer.Deserialize<Dictionary<string, string>>(message.ValuesJson)!;
        Assert.StartsWith("3 of 7 active practices trained (42.9%), no change since", values["digest.coverage_change"]);
        Assert.Contains(@"YOC course\, next week", values["digest.few_bookings_markdown"]);
        Assert.Contains("1 of 20 places booked", values["digest.few_bookings_markdown"]);
        Assert.Equal("- Practice B1: due 1 September 2026", values["digest.overdue_reviews_markdown"]);

        var email = scope.ServiceProvider.GetRequiredService<EmailTemplates>().Render(WeeklyDigest.Kind, values);
        Assert.Contains("YOC course, next week", email.Text);
        Assert.Contains("Practice B1: due 1 September 2026", email.Text);
        Assert.Contains("<li>", email.Html);
    }

    [Fact]
    public async Task The_digest_is_dropped_at_send_time_for_someone_no_longer_a_lead_and_refreshed_for_a_lead()
    {
        using var scope = Factory.Services.CreateScope();
        var recheck = scope.ServiceProvider.GetServices<INotificationRecheck>().Single(r => r.Kinds.Contains(WeeklyDigest.Kind));
        var stale = new Dictionary<string, string> { ["digest.coverage_change"] = "old" };
        Assert.Null(await recheck.StillToSendAsync(WeeklyDigest.Kind, WeeklyDigest.Subject, world.Facilitator.Id, stale, default));
        var fresh = await recheck.StillToSendAsync(WeeklyDigest.Kind, WeeklyDigest.Subject, world.Lead.Id, stale, default);
        Assert.StartsWith("3 of 7", fresh!["digest.coverage_change"]);
        Assert.Equal(world.Lead.GivenName, fresh["person.given_name"]);
    }

    private async Task<DeliveryReport> BuildAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DeliveryReports>().BuildAsync();
    }
}
