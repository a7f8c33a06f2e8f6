using AngleSharp.Html.Dom;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>
/// The catalogue's and the schedule's From and To filters are the NHS date input (day, month, year), not the browser's
/// date picker; a link's single yyyy-MM-dd value still works; an impossible date is refused on its field and lists nothing.
/// </summary>
public sealed class EventFilterDatesTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().OnTestClock().With("Jobs:Enabled", "false");

    public void Dispose() => factory.Dispose();

    private async Task<IHtmlDocument> PageAsync(string url)
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        return PageHtml.Parse(await factory.CreateClientFor(lead.Id).GetPageAsync(url));
    }

    private Task<ProgrammeEvent> EventOnAsync(DateOnly day) =>
        factory.EventAsync(startsAt: LondonTime.ToInstant(day, new TimeOnly(10, 0)).Instant);

    private static string Boxes(string name, DateOnly day) =>
        $"{name}.Day={day.Day}&{name}.Month={day.Month}&{name}.Year={day.Year}";

    private static List<int> Listed(IHtmlDocument page) =>
        page.QuerySelectorAll("main tbody a[href^='/Events/Details/']").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1])).ToList();

    [Theory]
    [InlineData("/Events")]
    [InlineData("/Events/Schedule")]
    public async Task The_from_and_to_filters_are_day_month_and_year_boxes_with_labels_and_no_date_picker(string url)
    {
        var page = await PageAsync(url);

        page.AssertDateInput("Filters_From", "From");
        page.AssertDateInput("Filters_To", "To");
    }

    [Fact]
    public async Task Dates_typed_in_the_three_boxes_narrow_the_catalogue_and_a_links_single_date_still_does()
    {
        var today = factory.Today();
        var earlier = await EventOnAsync(today.AddDays(30));
        var later = await EventOnAsync(today.AddDays(40));

        var typed = await PageAsync($"/Events?{Boxes("Filters.From", today.AddDays(30))}&{Boxes("Filters.To", today.AddDays(35))}");
        Assert.Equal([earlier.Id], Listed(typed));
        Assert.Null(typed.QuerySelector(".nhsuk-error-summary"));
        Assert.Equal(today.AddDays(35).Day.ToString(), ((IHtmlInputElement)typed.GetElementById("Filters_To")!).Value);

        var linked = await PageAsync($"/Events?Filters.From={today.AddDays(35):yyyy-MM-dd}");
        Assert.Equal([later.Id], Listed(linked));
        Assert.Equal(
            [today.AddDays(35).Day.ToString(), today.AddDays(35).Month.ToString(), today.AddDays(35).Year.ToString()],
            new[] { "Filters_From", "Filters_From_Month", "Filters_From_Year" }.Select(id => ((IHtmlInputElement)linked.GetElementById(id)!).Value));
    }

    [Theory]
    [InlineData("/Events", "Filters.From.Day=31&Filters.From.Month=2&Filters.From.Year=2027", "Filters_From", "The 'from' date must be a real date")]
    [InlineData("/Events", "Filters.To.Day=4&Filters.To.Month=13&Filters.To.Year=2027", "Filters_To", "The 'to' date must be a real date")]
    [InlineData("/Events", "Filters.From.Day=5&Filters.From.Month=&Filters.From.Year=2027", "Filters_From", "The 'from' date must be a real date")]
    [InlineData("/Events", "Filters.From=2027-02-31", "Filters_From", "The 'from' date must be a real date")]
    [InlineData("/Events", "Filters.From.Day=5&Filters.From.Month=3&Filters.From.Year=2027&Filters.To.Day=3&Filters.To.Month=3&Filters.To.Year=2027",
        "Filters_To", "The 'to' date must be the same as or after the 'from' date")]
    [InlineData("/Events/Schedule", "Filters.From.Day=31&Filters.From.Month=2&Filters.From.Year=2027", "Filters_From", "The 'from' date must be a real date")]
    [InlineData("/Events/Schedule", "Filters.From.Day=5&Filters.From.Month=3&Filters.From.Year=2027&Filters.To.Day=3&Filters.To.Month=3&Filters.To.Year=2027",
        "Filters_To", "The 'to' date must be the same as or after the 'from' date")]
    public async Task An_impossible_date_or_range_is_refused_on_its_field_and_lists_no_events(string url, string query, string id, string message)
    {
        await EventOnAsync(factory.Today().AddDays(30));

        var page = await PageAsync($"{url}?{query}");

        Assert.Single(page.QuerySelectorAll(".nhsuk-error-summary__list a"));
        page.AssertFieldInError(id, message);
        Assert.Empty(page.QuerySelectorAll("main table"));
        Assert.Null(page.QuerySelector("main p[role=status]"));
    }

    [Fact]
    public async Task An_impossible_date_is_shown_back_as_typed()
    {
        var page = await PageAsync("/Events?Filters.From.Day=31&Filters.From.Month=2&Filters.From.Year=2027");

        Assert.Equal(["31", "2", "2027"],
            new[] { "Filters_From", "Filters_From_Month", "Filters_From_Year" }.Select(id => ((IHtmlInputElement)page.GetElementById(id)!).Value));
    }
}
