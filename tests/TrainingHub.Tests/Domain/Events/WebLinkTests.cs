using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain.Events;

public sealed class WebLinkTests
{
    [Theory]
    [InlineData("https://meet.example.nhs.uk/pcsp", true)]
    [InlineData("  https://teams.microsoft.com/l/meetup-join/19%3a  ", true)]
    [InlineData("http://meet.example.nhs.uk/pcsp", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JAVASCRIPT:alert(1)", false)]
    [InlineData("data:text/html,hi", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("meet.example.nhs.uk", false)]
    [InlineData("https://meet.example.nhs.uk/a b", false)]
    [InlineData("https://meet.example.nhs.uk/\u0000", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_a_full_https_address_is_a_joining_link(string? typed, bool accepted) =>
        Assert.Equal(accepted, WebLink.IsHttps(typed));
}
