using Microsoft.Playwright;
using Xunit.Sdk;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// One person's visit in their own browser context, signed in, that waits for what they would wait for (a heading, a
/// line of text) and, when it never comes, says what the browser showed and what the server logged.
/// </summary>
public sealed class Journey(IBrowserContext context, IPage page, KestrelPortal portal) : IAsyncDisposable
{
    public const float WaitMilliseconds = 30_000;

    public IPage Page => page;

    public static async Task<Journey> StartAsync(BrowserFixture browser, KestrelPortal portal, string? email, BrowserNewContextOptions? options = null)
    {
        var context = await browser.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        context.SetDefaultTimeout(WaitMilliseconds);
        var page = await context.NewPageAsync();
        if (email is not null) await SignIn.AsAsync(page, portal.RootUri, email);
        return new Journey(context, page, portal);
    }

    /// <summary>Just the signed-in page, for a journey that drives it directly; the context closes with the browser.</summary>
    public static async Task<IPage> SignedInPageAsync(BrowserFixture browser, KestrelPortal portal, string email) =>
        (await StartAsync(browser, portal, email)).Page;

    public Task<IResponse?> GoToAsync(string path) => page.GotoAsync(portal.RootUri + path);

    /// <summary>Waits for the page's main heading (level 1) to read <paramref name="name"/>.</summary>
    public Task HeadingAsync(string name) =>
        ExplainAsync($"the heading '{name}'", () => page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 }).WaitForAsync());

    /// <summary>Waits until the main content shows this text.</summary>
    public Task SeesAsync(string text) =>
        ExplainAsync($"the text '{text}'", () => page.Locator("main").GetByText(text, new() { Exact = false }).First.WaitForAsync());

    public Task<string> MainTextAsync() => page.InnerTextAsync("main");

    public Task ScreenshotAsync(string name) => Screenshots.SaveAsync(page, name);

    private async Task ExplainAsync(string what, Func<Task> wait)
    {
        try { await wait(); }
        catch (Exception e) when (e is TimeoutException or PlaywrightException)
        {
            var main = await page.Locator("main").CountAsync() > 0 ? await MainTextAsync() : await page.ContentAsync();
            throw new XunitException($"Waited for {what} at {page.Url}. The page showed:\n{main}\nServer log:\n{string.Join("\n", portal.Errors.AllWithWarnings)}");
        }
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
