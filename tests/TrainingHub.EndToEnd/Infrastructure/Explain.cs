using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>When a journey waits in vain, say what the browser saw and what the server logged, not just that time ran out.</summary>
public static class Explain
{
    public static async Task WaitAsync(IPage page, KestrelPortal portal, Func<Task> wait)
    {
        try { await wait(); }
        catch (TimeoutException timeout)
        {
            var main = await page.Locator("main").CountAsync() > 0 ? await page.InnerTextAsync("main") : await page.ContentAsync();
            throw new Xunit.Sdk.XunitException(
                $"{timeout.Message}\nAt {page.Url}:\n{main}\nServer log:\n{string.Join("\n", portal.Errors.AllWithWarnings)}");
        }
    }
}
