using System.Net;
using AngleSharp.Html.Parser;
using TrainingHub.Tests.Infrastructure;

namespace TrainingHub.Tests.Pages.Privacy;

public sealed class PrivacyNoticeTests
{
    [Fact]
    public async Task Anyone_reads_the_privacy_notice_from_content_with_its_lawful_basis()
    {
        using var factory = new PortalFactory().OnTestClock();
        var client = factory.CreateAnonymousClient();

        var response = await client.GetAsync("/Privacy");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Privacy notice", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("6(1)(e)", page.QuerySelector("main")!.TextContent);
        Assert.Contains(page.QuerySelectorAll("main h2"), h => h.TextContent == "Who to contact");
    }

    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/Account/AcceptInvitation?email=a%40nhs.example&token=x")]
    public async Task The_footer_of_a_page_and_the_invitation_page_link_to_the_privacy_notice(string path)
    {
        using var factory = new PortalFactory().OnTestClock();
        var client = factory.CreateAnonymousClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(path));

        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/Privacy");
    }

    [Fact]
    public async Task The_invitation_page_links_to_the_privacy_notice_beside_the_password_form()
    {
        using var factory = new PortalFactory().OnTestClock();
        var client = factory.CreateAnonymousClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/Account/AcceptInvitation?email=a%40nhs.example&token=x"));

        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/Privacy");
    }
}
