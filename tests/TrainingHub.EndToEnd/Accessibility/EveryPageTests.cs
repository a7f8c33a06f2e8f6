using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Demo;
using Xunit.Abstractions;

namespace TrainingHub.EndToEnd.Accessibility;

/// <summary>
/// Every page each role can reach by following links: none leads a person to an error or a refusal, each has one H1,
/// and each passes axe-core (no serious or critical violation) as that role sees it. The lead reaches the most pages, so that crawl
/// is a test class of its own and runs beside the other roles' (test classes run in parallel, a class's tests in turn).
/// </summary>
public abstract class EveryPageTests(BrowserFixture browser, PortalFixture portal, ITestOutputHelper output)
    : IClassFixture<BrowserFixture>, IClassFixture<PortalFixture>
{
    private const string JobsDashboardPath = "/Jobs";

    protected async Task CrawlAsAsync(string who)
    {
        var root = portal.Portal.RootUri;
        // axe is injected as a script; the portal's strict CSP would rightly refuse it.
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true });
        // Without the CSP the NHS.UK stylesheet's web fonts would be fetched from the internet, and each page's load
        // would wait for that to fail; a test run stays on the portal.
        await context.RouteAsync(url => !url.StartsWith(root, StringComparison.Ordinal), route => route.AbortAsync());
        var page = await context.NewPageAsync();
        if (who != "anonymous") await SignIn.AsAsync(page, root, who);
        var problems = new List<string>();
        var pages = 0;

        await new SiteCrawler(root).CrawlAsync(page, async (path, response) =>
        {
            pages++;
            if (response is null || response.Status >= 400) problems.Add($"{path}: HTTP {response?.Status}");
            // Hangfire's Dashboard is a third-party page whose markup the portal does not write (README: Accessibility).
            if (path == JobsDashboardPath) return;
            // One H1 per page: the page's name, for screen-reader users who jump by heading.
            var headings = await page.Locator("h1").CountAsync();
            if (headings != 1) problems.Add($"{path}: {headings} h1 elements, not one");
            foreach (var v in await Axe.SeriousViolationsAsync(page))
                problems.Add($"{path}: {v.Impact} {v.Rule} ({v.Help}) at {string.Join(", ", v.Targets.Take(3))}");
        });

        output.WriteLine($"{who}: {pages} pages checked");
        Assert.True(pages >= (who == "anonymous" ? 1 : 3), $"{who} reached only {pages} pages");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var errors = portal.Portal.Errors.All.ToList();
        Assert.True(errors.Count == 0, "Server errors:\n" + string.Join("\n", errors));
    }
}

public sealed class EveryPageTheLeadReachesTests(BrowserFixture browser, PortalFixture portal, ITestOutputHelper output)
    : EveryPageTests(browser, portal, output)
{
    [Fact]
    public Task Every_page_the_lead_reaches_passes_axe_and_opens_without_error() => CrawlAsAsync(DemoProgramme.Accounts[0].Email);
}

public sealed class EveryPageOtherRolesReachTests(BrowserFixture browser, PortalFixture portal, ITestOutputHelper output)
    : EveryPageTests(browser, portal, output)
{
    public static TheoryData<string> Roles => new(["anonymous", .. DemoProgramme.Accounts.Skip(1).Select(a => a.Email)]);

    [Theory]
    [MemberData(nameof(Roles))]
    public Task Every_reachable_page_passes_axe_and_opens_without_error(string who) => CrawlAsAsync(who);
}
