using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Tests.Domain.Venues;

/// <summary>A postcode is kept in capitals with one space before its last three characters, and only when it has a postcode's shape.</summary>
public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("ox1 1bx", "OX1 1BX")]
    [InlineData("  RG1   1QH ", "RG1 1QH")]
    [InlineData("hp180ws", "HP18 0WS")]
    [InlineData("SW1A 1AA", "SW1A 1AA")]
    [InlineData("w1a0ax", "W1A 0AX")]
    [InlineData("M1 1AE", "M1 1AE")]
    public void A_postcode_is_normalised_to_capitals_with_one_space(string typed, string kept) =>
        Assert.Equal(kept, UkPostcode.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OX1")]
    [InlineData("1OX 1BX")]
    [InlineData("OX1 1B")]
    [InlineData("OX1 BBX")]
    [InlineData("OXFORD")]
    [InlineData("OX1 1BX 2")]
    [InlineData("<b>OX1 1BX</b>")]
    public void Anything_without_a_postcodes_shape_is_not_a_postcode(string typed) =>
        Assert.Null(UkPostcode.Normalise(typed));

    [Fact]
    public void An_event_may_fill_its_venue_but_never_offer_more_places_than_it_holds()
    {
        Assert.Null(VenueCapacity.WhyNot("Oxford Town Hall", 20, 20));
        Assert.Equal("Oxford Town Hall holds 20 people, fewer than the 21 places on this event: choose a larger venue, or set the number of places to 20 or fewer",
            VenueCapacity.WhyNot("Oxford Town Hall", 20, 21));
    }
}
