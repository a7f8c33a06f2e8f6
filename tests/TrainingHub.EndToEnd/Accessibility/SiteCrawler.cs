using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Accessibility;

/// <summary>
/// Follows the links a person can see, from the home page, breadth first: every page they can reach, each kind of
/// page (the same path with other ids) once, so a register of 200 practices does not take 200 visits.
/// </summary>
public sealed partial class SiteCrawler(string rootUri, int maxPages = 80, int perPattern = 1)
{
    // The jobs page's own pages are Hangfire's Dashboard, not the portal's: its front page is visited, its inside is not.
    private static readonly string[] Skipped = ["/Account/SignOut", "/api/", "/Calendar/Feed", "/health", "/Jobs/"];
    private static readonly string[] Downloads = [".csv", ".ics", ".xlsx", ".pdf", ".json"];

    public async Task CrawlAsync(IPage page, Func<string, IResponse?, Task> visit)
    {
        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "/" };
        var patterns = new Dictionary<string, int>();
        var visited = 0;
        while (queue.Count > 0 && visited < maxPages)
        {
            var path = queue.Dequeue();
            IResponse? response;
            // A link to a file (a calendar, an export) starts a download rather than a page: not a page to check.
            try { response = await page.GotoAsync(rootUri + path); }
            catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal)) { continue; }
            visited++;
            await visit(path, response);
            foreach (var link in await LinksAsync(page))
            {
                var pattern = PatternOf(link);
                if (!seen.Add(link) || patterns.GetValueOrDefault(pattern) >= perPattern) continue;
                patterns[pattern] = patterns.GetValueOrDefault(pattern) + 1;
                queue.Enqueue(link);
            }
        }
    }

    private async Task<IEnumerable<string>> LinksAsync(IPage page)
    {
        var hrefs = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => a.href)");
        return hrefs.Select(h => h.Split('#')[0])
            .Where(h => h.StartsWith(rootUri + "/", StringComparison.OrdinalIgnoreCase))
            .Select(h => h[rootUri.Length..])
            .Where(h => !Skipped.Any(s => h.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
            .Where(h => !Downloads.Any(d => h.Split('?')[0].EndsWith(d, StringComparison.OrdinalIgnoreCase)))
            .Where(h => !h.Contains("handler=", StringComparison.OrdinalIgnoreCase) && !h.Contains("format=", StringComparison.OrdinalIgnoreCase))
            .Where(h => !h.StartsWith("/lib/") && !h.StartsWith("/css/") && !h.StartsWith("/js/"))
            .Distinct();
    }

    /// <summary>The kind of page: the path with its ids replaced and its query left off.</summary>
    private static string PatternOf(string path) => Ids().Replace(path.Split('?')[0], "/{id}");

    [GeneratedRegex(@"/\d+(?=/|$)")]
    private static partial Regex Ids();
}
