using Microsoft.Playwright;
using TrainingHub.Web.Demo;

namespace TrainingHub.EndToEnd.Infrastructure;

public static class SignIn
{
    /// <summary>Signs in through the real sign-in page with a demo account's password.</summary>
    public static async Task AsAsync(IPage page, string rootUri, string email)
    {
        await page.GotoAsync(rootUri + "/Account/SignIn");
        await page.GetByLabel("Work email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoProgramme.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A new browser context (its own cookies, so several people can be signed in at once) signed in as <paramref name="email"/>.</summary>
    public static async Task<IPage> NewPageAsAsync(IBrowser browser, string rootUri, string email)
    {
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await AsAsync(page, rootUri, email);
        return page;
    }
}
