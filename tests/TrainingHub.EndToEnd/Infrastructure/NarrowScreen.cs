using Microsoft.Playwright;
using Xunit.Sdk;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>A small phone's screen (375 CSS pixels wide): nothing may make the page scroll sideways (WCAG 1.4.10 reflow).</summary>
public static class NarrowScreen
{
    public const int Width = 375;

    public static BrowserNewContextOptions Options => new() { ViewportSize = new ViewportSize { Width = Width, Height = 812 }, IsMobile = true, HasTouch = true };

    /// <summary>The page does not scroll sideways, and each control is shown whole within the screen's width.</summary>
    public static async Task AssertFitsAsync(IPage page, params ILocator[] controls)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (scrollWidth > Width)
        {
            var wide = await page.EvaluateAsync<string[]>(
                "w => [...document.querySelectorAll('main *, header *')].filter(e => e.getBoundingClientRect().right > w)" +
                ".slice(0, 5).map(e => `${e.tagName.toLowerCase()}.${e.className} (right edge ${Math.round(e.getBoundingClientRect().right)})`)", Width);
            throw new XunitException($"{page.Url} scrolls sideways at {Width}px: its width is {scrollWidth}px. Too wide: {string.Join("; ", wide)}");
        }
        foreach (var control in controls)
        {
            var box = await control.BoundingBoxAsync() ?? throw new XunitException($"{control} is not shown at {page.Url}");
            Assert.True(box.X >= 0 && box.X + box.Width <= Width + 0.5, $"{control} lies outside the screen at {page.Url}: x {box.X}, width {box.Width}");
            Assert.True(await control.IsVisibleAsync() && await control.IsEnabledAsync(), $"{control} is not usable at {page.Url}");
        }
    }
}
