using Microsoft.Playwright;
using TrainingHub.EndToEnd.Infrastructure;
using TrainingHub.Web.Demo;

namespace TrainingHub.EndToEnd;

public sealed class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly KestrelPortal portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task A_programme_lead_signs_in_with_their_password_and_sees_the_leads_home_page()
    {
        var page = await browser.Browser.NewPageAsync();
        var (email, given, _, _) = DemoProgramme.Accounts[0];

        await page.GotoAsync(portal.RootUri + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).First.ClickAsync();
        await page.GetByLabel("Work email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoProgramme.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        try { await page.GetByRole(AriaRole.Heading, new() { Name = "Run the programme" }).WaitForAsync(); }
        catch (TimeoutException)
        {
            // Say what the browser saw and what the server logged, not just that a heading never came.
            throw new Xunit.Sdk.XunitException($"At {page.Url}: {await page.InnerTextAsync("main")}\nServer log: {string.Join("\n", portal.Errors.AllWithWarnings)}");
        }
        await Screenshots.SaveAsync(page, "sign-in-lead-home");
        Assert.Contains($"Welcome, {given}", await page.InnerTextAsync("main"));
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = "People and roles" }).IsVisibleAsync());
        Assert.Empty(portal.Errors.All);
    }
}
