using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Coverage;
using TrainingHub.Web.Pages.Coverage;

namespace TrainingHub.Tests.Pages.Coverage;

public sealed partial class CoverageTests(CoverageWorld world) : IClassFixture<CoverageWorld>
{
    private PortalFactory Factory => world.Factory;

    [GeneratedRegex("""<tr class="nhsuk-table__row" data-area="(?<key>[^"]+)">(?<row>.*?)</tr>""", RegexOptions.Singleline)]
    private static partial Regex AreaRow();

    [GeneratedRegex("""data-figure="(?<name>[a-z]+)">(?<value>[^<%]+)""")]
    private static partial Regex Figure();

    /// <summary>The coverage table as the page shows it: area key → figure name → text.</summary>
    private static Dictionary<string, Dictionary<string, string>> AreasOn(string html) =>
        AreaRow().Matches(html).ToDictionary(m => m.Groups["key"].Value,
            m => Figure().Matches(m.Groups["row"].Value).ToDictionary(f => f.Groups["name"].Value, f => f.Groups["value"].Value.Trim()));

    private static string Figures(Dictionary<string, string> row) =>
        $"{row["active"]}/{row["engaged"]}/{row["trained"]}/{row["percent"]}/{row["clinicians"]}";

    [Fact]
    public async Task The_coverage_page_shows_exact_figures_for_the_ics_each_place_and_the_pcn()
    {
        var html = await Factory.CreateClientFor(world.Lead.Id).GetStringAsync("/Coverage");
        var areas = AreasOn(html);
        var ics = await Factory.WithDbAsync(db => db.IntegratedCareSystems.Select(s => s.Id).SingleAsync());

        Assert.Equal("7/5/3/42.9/3", Figures(areas[$"ics-{ics}"]));
        Assert.Equal("4/3/2/50.0/2", Figures(areas[$"place-{world.Reading.Id}"]));
        Assert.Equal("2/2/1/50.0/2", Figures(areas[$"pcn-{world.NetworkId}"]));
        Assert.Equal("3/2/1/33.3/1", Figures(areas[$"place-{world.Oxford.Id}"]));
        Assert.Contains("GP or practice nurse", html);
    }

    [Fact]
    public async Task Filtering_by_icb_counts_only_the_practices_the_nhs_file_lists_under_it()
    {
        var html = await Factory.CreateClientFor(world.Lead.Id).GetStringAsync("/Coverage?Icb=qu9");
        var areas = AreasOn(html);
        var ics = await Factory.WithDbAsync(db => db.IntegratedCareSystems.Select(s => s.Id).SingleAsync());
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal([$"ics-{ics}", $"place-{world.Reading.Id}", $"pcn-{world.NetworkId}"], areas.Keys);
        Assert.Equal("2/2/1/50.0/2", Figures(areas[$"place-{world.Reading.Id}"]));
        Assert.Equal(["Practice A2"], page.QuerySelectorAll("#not-trained-practices tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal(["", "QSL", "QU9"], page.QuerySelectorAll("#Icb option").Select(o => o.GetAttribute("value")));
        Assert.Equal("QU9", page.QuerySelector("#Icb option[selected]")?.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#coverage-trend"));
    }

    [Fact]
    public async Task An_icb_no_practice_carries_is_explained_and_the_whole_programme_shown()
    {
        var html = await Factory.CreateClientFor(world.Lead.Id).GetStringAsync("/Coverage?Icb=Z%3Cb%3E");
        var page = new HtmlParser().ParseDocument(html);

        Assert.Equal("Choose an ICB from the list: no practice in the register is under that code",
            page.QuerySelector("#Icb-error")?.TextContent.Replace("Error:", "").Trim());
        Assert.Equal("7/5/3/42.9/3", Figures(AreasOn(html)[$"ics-{await Factory.WithDbAsync(db => db.IntegratedCareSystems.Select(s => s.Id).SingleAsync())}"]));
        Assert.Null(page.QuerySelector("[data-filter=icb]"));
    }

    [Fact]
    public async Task Practices_not_yet_trained_are_listed_for_targeting_without_closed_or_dormant_ones()
    {
        var report = await BuildReportAsync();
        Assert.Equal([CoverageWorld.FormulaName, "Practice A2", "Practice A3", "Practice B2"],
            report.NotTrained.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal([false, true, false, true], report.NotTrained.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Engaged));
    }

    [Fact]
    public async Task The_api_returns_the_same_figures_as_the_page()
    {
        var client = Factory.CreateClientFor(world.Lead.Id);
        var areas = AreasOn(await client.GetStringAsync("/Coverage"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/coverage"));

        var apiAreas = json.RootElement.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(areas.Count, apiAreas.Count);
        foreach (var a in apiAreas)
        {
            var kind = a.GetProperty("kind").GetString() switch { "IntegratedCareSystem" => "ics", "Place" => "place", _ => "pcn" };
            var row = areas[$"{kind}-{a.GetProperty("id").GetInt32()}"];
            Assert.Equal(Figures(row), $"{a.GetProperty("activePractices")}/{a.GetProperty("engaged")}/{a.GetProperty("trained")}/" +
                $"{a.GetProperty("percentTrained").GetDecimal():0.0}/{a.GetProperty("cliniciansTrained")}");
        }
        Assert.Equal(4, json.RootElement.GetProperty("notTrained").GetArrayLength());
    }

    [Fact]
    public async Task Backfill_rebuilds_history_from_completions_counts_a_closed_practice_before_it_closed_and_can_run_again()
    {
        using var scope = Factory.Services.CreateScope();
        var output = new StringWriter();
        string[] args = ["--from", "2026-05-30", "--to", "2026-06-02"];
        Assert.Equal(0, await BackfillCoverageCommand.RunAsync(scope.ServiceProvider, args, output));
        Assert.Equal(0, await BackfillCoverageCommand.RunAsync(scope.ServiceProvider, args, output));
        Assert.Contains("Recorded 8 place snapshots for 4 days", output.ToString());

        var reading = await Factory.WithDbAsync(db => db.CoverageSnapshots.Where(s => s.PlaceId == world.Reading.Id && s.TakenOn <= new DateOnly(2026, 6, 2))
            .OrderBy(s => s.TakenOn).Select(s => new { s.TakenOn, s.ActivePractices, s.Trained }).ToListAsync());
        Assert.Equal(4, reading.Count);
        Assert.Equal([5, 5, 4, 4], reading.Select(s => s.ActivePractices));
        Assert.Equal([3, 3, 2, 2], reading.Select(s => s.Trained));

        var html = await Factory.CreateClientFor(world.Lead.Id).GetStringAsync("/Coverage");
        Assert.Contains("<th scope=\"row\" class=\"nhsuk-table__cell\">2 Jun 2026</th>", html);
        Assert.Contains("<th scope=\"row\" class=\"nhsuk-table__cell\">31 May 2026</th>", html);
        Assert.Contains("data-chart-table=\"coverage-trend\"", html);
    }

    [Fact]
    public async Task Backfill_refuses_dates_it_cannot_read_and_changes_nothing()
    {
        using var scope = Factory.Services.CreateScope();
        var output = new StringWriter();
        var before = await Factory.WithDbAsync(db => db.CoverageSnapshots.CountAsync());
        Assert.Equal(2, await BackfillCoverageCommand.RunAsync(scope.ServiceProvider, ["--from", "2026-13-01", "--to", "2026-12-01"], output));
        Assert.Equal(2, await BackfillCoverageCommand.RunAsync(scope.ServiceProvider, ["--from", "2026-02-01", "--to", "2026-01-01"], output));
        Assert.Contains(BackfillCoverageCommand.Usage, output.ToString());
        Assert.Equal(before, await Factory.WithDbAsync(db => db.CoverageSnapshots.CountAsync()));
    }

    [Fact]
    public async Task Recording_yesterday_twice_leaves_one_row_per_place()
    {
        var yesterday = TrainingHub.Web.Domain.Events.LondonTime.DateOf(CoverageWorld.Now).AddDays(-1);
        using (var scope = Factory.Services.CreateScope())
        {
            var snapshots = scope.ServiceProvider.GetRequiredService<CoverageSnapshots>();
            await snapshots.RecordAsync(yesterday, yesterday);
            await snapshots.RecordAsync(yesterday, yesterday);
        }
        var rows = await Factory.WithDbAsync(db => db.CoverageSnapshots.Where(s => s.TakenOn == yesterday)
            .OrderBy(s => s.PlaceId).Select(s => new { s.ActivePractices, s.Engaged, s.Trained, s.CliniciansTrained }).ToListAsync());
        Assert.Equal(2, rows.Count);
        Assert.Equal(new { ActivePractices = 4, Engaged = 3, Trained = 2, CliniciansTrained = 2 }, rows[0]);
    }

    [Fact]
    public async Task Only_programme_leads_read_the_api_and_others_get_401_or_403_not_a_sign_in_page()
    {
        foreach (var path in new[] { "/api/coverage", "/api/delivery" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateAnonymousClient().GetAsync(path)).StatusCode);
            foreach (var person in new[] { world.Attendee, world.Trainer, world.Facilitator })
                Assert.Equal(HttpStatusCode.Forbidden, (await Factory.CreateClientFor(person.Id).GetAsync(path)).StatusCode);
            var lead = await Factory.CreateClientFor(world.Lead.Id).GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, lead.StatusCode);
            Assert.Equal("application/json", lead.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("2025-03-09")]
    [InlineData("2025-09-01")]
    [InlineData("2026-02-05")]
    [InlineData("2026-11-23")]
    public async Task The_database_reduction_per_practice_gives_what_the_rule_gives_from_every_completion(string day)
    {
        var on = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        using var scope = Factory.Services.CreateScope();
        var source = scope.ServiceProvider.GetRequiredService<CoverageSource>();
        var practices = await source.PracticesAsync();

        var fromEvery = PracticeTrained.Assess(practices, await source.CompletionsAsync(), on);
        var fromReduced = PracticeTrained.Assess(practices, await source.CompletedByPracticeAsync(on), on);

        Assert.Equal(Describe(fromEvery), Describe(fromReduced));
        Assert.Equal(PracticeTrained.Sum(fromEvery), PracticeTrained.Sum(fromReduced));
    }

    private static List<string> Describe(IEnumerable<PracticeCoverage> assessed) =>
        assessed.OrderBy(a => a.Practice.Id)
            .Select(a => $"{a.Practice.Id}:{a.Engaged}:{a.Trained}:{string.Join(",", a.CliniciansTrained.Order())}").ToList();

    private async Task<CoverageReport> BuildReportAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CoverageReports>().BuildAsync();
    }
}
