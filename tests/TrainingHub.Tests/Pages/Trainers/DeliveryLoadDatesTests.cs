using AngleSharp.Html.Dom;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Register;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

/// <summary>
/// The trainer pool's delivery load is filtered by a period typed in the NHS date input (day, month, year), not the
/// browser's date picker; an impossible date is refused on its field and the page shows no load for a period not asked for.
/// </summary>
public sealed class DeliveryLoadDatesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock();

    public void Dispose() => factory.Dispose();

    private async Task<IHtmlDocument> PoolAsync(string query)
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        return PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync("/Trainers?" + query));
    }

    private static string Boxes(string name, DateOnly day) => $"{name}.Day={day.Day}&{name}.Month={day.Month}&{name}.Year={day.Year}";

    private static List<string> LoadRows(IHtmlDocument page) =>
        page.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")?.TextContent == "Events delivered per trainer in the period")
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Select(r => r.TextContent).ToList();

    private static string[] Shown(IHtmlDocument page, string id) =>
        [.. new[] { id, id + "_Month", id + "_Year" }.Select(box => ((IHtmlInputElement)page.GetElementById(box)!).Value)];

    [Fact]
    public async Task The_period_is_day_month_and_year_boxes_with_labels_showing_the_last_year_by_default()
    {
        var page = await PoolAsync("");

        page.AssertDateInput("From", "From");
        page.AssertDateInput("To", "To");
        var today = factory.Today();
        var yearAgo = today.AddYears(-1);
        Assert.Equal([yearAgo.Day.ToString(), yearAgo.Month.ToString(), yearAgo.Year.ToString()], Shown(page, "From"));
        Assert.Equal([today.Day.ToString(), today.Month.ToString(), today.Year.ToString()], Shown(page, "To"));
    }

    [Fact]
    public async Task A_period_typed_in_the_boxes_narrows_the_load_to_events_that_started_in_it()
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.EventWithSessionsAsync(factory.DaysAgo(20), trainerId: trainer.Id);
        var today = factory.Today();

        var covering = await PoolAsync($"{Boxes("From", today.AddDays(-30))}&{Boxes("To", today.AddDays(-10))}");
        var led = Assert.Single(LoadRows(covering));
        Assert.Contains(trainer.FamilyName, led);

        var after = await PoolAsync($"{Boxes("From", today.AddDays(-10))}&{Boxes("To", today)}");
        Assert.Empty(LoadRows(after));
        Assert.Contains("Nobody delivered an event that started in this period.", after.TextOf("main"));
    }

    [Theory]
    [InlineData("From.Day=30&From.Month=2&From.Year=2026", "From", "The 'from' date must be a real date")]
    [InlineData("To.Day=1&To.Month=13&To.Year=2026", "To", "The 'to' date must be a real date")]
    [InlineData("From=2026-02-30", "From", "The 'from' date must be a real date")]
    [InlineData("From.Day=2&From.Month=3&From.Year=2026&To.Day=1&To.Month=3&To.Year=2026", "To", "The end of the period must be on or after its start")]
    public async Task An_impossible_date_or_period_is_refused_on_its_field_and_shows_no_load(string query, string id, string message)
    {
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.EventWithSessionsAsync(factory.DaysAgo(20), trainerId: trainer.Id);

        var page = await PoolAsync(query);

        Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a"));
        page.AssertFieldInError(id, message);
        Assert.Empty(LoadRows(page));
        Assert.DoesNotContain("Nobody delivered", page.TextOf("main"));
    }
}
