using System.Net;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Demo;

namespace TrainingHub.Tests.Pages.Account;

public sealed class DemoAccountsTests
{
    [Fact]
    public async Task The_demo_lead_signs_in_with_the_published_password_and_sees_their_roles_on_the_people_page()
    {
        using var factory = new PortalFactory().With("Database:SeedDemoData", "true").OnTestClock();
        var (email, _, _, _) = DemoProgramme.Accounts[0];

        var client = factory.CreateAnonymousClient();
        var response = await client.SignInAsync(email, DemoProgramme.Password);
        var people = await client.GetPageAsync("/People?Q=" + Uri.EscapeDataString(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Run the programme", await client.GetPageAsync("/"));
        Assert.Contains(email, people);
    }
}
