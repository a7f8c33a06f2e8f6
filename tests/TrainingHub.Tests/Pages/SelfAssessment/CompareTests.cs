using System.Net;
using System.Text.RegularExpressions;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.SelfAssessment;

/// <summary>An area over time (chart and table), and every place at one date (table).</summary>
public sealed class CompareTests : IAsyncLifetime
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();
    private Place oxfordshire = null!, berkshire = null!, buckinghamshire = null!;
    private Person lead = null!, oxfordNurse = null!;

    public async Task InitializeAsync()
    {
        oxfordshire = await factory.Data.PlaceAsync(name: "Oxfordshire");
        berkshire = await factory.Data.PlaceAsync(name: "Berkshire West");
        buckinghamshire = await factory.Data.PlaceAsync(name: "Buckinghamshire");
        lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        oxfordNurse = await factory.Data.PersonAsync((await factory.Data.PracticeAsync(oxfordshire.Id)).Id);
        await factory.Data.AssessmentAsync(factory, oxfordshire, new DateOnly(2025, 4, 1), lead.Id, level: 1);
        await factory.Data.AssessmentAsync(factory, oxfordshire, new DateOnly(2025, 10, 1), lead.Id, level: 3);
        await factory.Data.AssessmentAsync(factory, oxfordshire, new DateOnly(2026, 2, 1), lead.Id, SelfAssessmentStatus.Draft, level: 4);
        await factory.Data.AssessmentAsync(factory, berkshire, new DateOnly(2025, 6, 1), lead.Id, level: 2);
        await factory.Data.AssessmentAsync(factory, berkshire, new DateOnly(2025, 12, 1), lead.Id, level: 4);
    }

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }

    private static string Cells(string page, string tableId) =>
        string.Join("|", Regex.Matches(Regex.Match(page, $"<table[^>]*id=\"{tableId}\"[\\s\\S]*?</table>").Value, "data-level=\"(\\d*)\"").Select(m => m.Groups[1].Value));

    [Fact]
    public async Task An_area_over_time_shows_its_submitted_assessments_oldest_first_as_a_chart_beside_a_table()
    {
        using var client = factory.CreateClientFor(oxfordNurse.Id);

        var page = await client.GetPageAsync($"/SelfAssessment/Compare?area=place:{oxfordshire.Id}");

        Assert.Contains("Oxfordshire: self-assessments over time", page);
        Assert.Equal("1|3|1|3|1|3", Cells(page, "levels-prepared-people"));
        Assert.Equal("1|3|1|3|1|3|1|3", Cells(page, "levels-trained-teams"));
        Assert.True(page.IndexOf("1 April 2025", StringComparison.Ordinal) < page.IndexOf("1 October 2025", StringComparison.Ordinal));
        Assert.DoesNotContain("1 February 2026", page);
        Assert.Contains("data-chart-table=\"levels-supportive-systems\"", page);
        Assert.Contains("<script src=\"/lib/chart.js/chart.umd.min.js", page);
        Assert.DoesNotMatch("<script(?![^>]*\\bsrc=)[^>]*>", page);
    }

    [Fact]
    public async Task An_attendee_cannot_compare_another_places_assessments()
    {
        using var client = factory.CreateClientFor(oxfordNurse.Id);

        var page = await client.GetPageAsync($"/SelfAssessment/Compare?area=place:{berkshire.Id}");

        Assert.DoesNotContain("Berkshire West", page);
        Assert.DoesNotContain("data-level=", page);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/SelfAssessment/Compare?handler=Csv&area=place:{berkshire.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_comparison_downloads_as_csv_one_column_per_assessment()
    {
        using var client = factory.CreateClientFor(lead.Id);

        var csv = await client.GetStringAsync($"/SelfAssessment/Compare?handler=Csv&area=place:{oxfordshire.Id}");

        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Area,Foundation,Enabler,Enabler text,1 April 2025,1 October 2025", lines[0]);
        Assert.StartsWith("Oxfordshire,Trained teams,d,", lines[^1]);
        Assert.EndsWith(",1,3", lines[^1]);
    }

    [Fact]
    public async Task Places_at_one_date_show_each_places_latest_submitted_assessment_on_or_before_it()
    {
        using var client = factory.CreateClientFor(lead.Id);

        var page = await client.GetPageAsync("/SelfAssessment/Across?On.Day=1&On.Month=11&On.Year=2025");

        Assert.Contains("Compare places at 1 November 2025", page);
        Assert.Contains("Berkshire West (1 June 2025)", page);
        Assert.Contains("Oxfordshire (1 October 2025)", page);
        Assert.Contains("No assessment", page);
        // Columns by place name: Berkshire West, Buckinghamshire (none), Oxfordshire.
        Assert.Equal("2||3|2||3|2||3", Cells(page, "levels-prepared-people"));
    }

    [Fact]
    public async Task Places_at_an_impossible_date_show_an_error_and_keep_what_was_typed()
    {
        using var client = factory.CreateClientFor(lead.Id);

        var page = PageHtml.Parse(await client.GetPageAsync("/SelfAssessment/Across?On.Day=30&On.Month=2&On.Year=2025"));

        Assert.Equal("Enter the date as a real date, for example 31 3 2026", page.TextOf(".nhsuk-error-summary__list a[href='#On']"));
        Assert.Equal(["30", "2", "2025"], page.QuerySelectorAll("#On, #On_Month, #On_Year").Select(i => i.GetAttribute("value")));
    }
}
