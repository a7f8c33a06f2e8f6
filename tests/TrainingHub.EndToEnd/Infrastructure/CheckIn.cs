using Microsoft.Playwright;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>An attendee types the code shown in the room into the check-in page, and waits for what the portal answers.</summary>
public static class CheckIn
{
    public static async Task WithCodeAsync(IPage page, KestrelPortal portal, string code, string expected)
    {
        await page.GotoAsync($"{portal.RootUri}/Register/CheckIn");
        await page.GetByLabel("Code shown in the room").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in" }).ClickAsync();
        await Explain.WaitAsync(page, portal, () => page.GetByText(expected).First.WaitForAsync());
    }
}
