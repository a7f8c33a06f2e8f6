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
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/SignIn", StringComparison.OrdinalIgnoreCase));
    }
}
