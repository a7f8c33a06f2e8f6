using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Domain;

public sealed class VenueTextTests
{
    [Theory]
    [InlineData(true, "Town Hall", "1 High Street", "Online")]
    [InlineData(false, "Town Hall", "1 High Street, Reading", "Town Hall, 1 High Street, Reading")]
    [InlineData(false, "Town Hall", "  ", "Town Hall")]
    [InlineData(false, null, "1 High Street", "1 High Street")]
    [InlineData(false, null, null, "")]
    public void An_event_is_online_or_at_its_venue_name_and_address(bool online, string? name, string? address, string expected) =>
        Assert.Equal(expected, VenueText.Of(online, name, address));
}
