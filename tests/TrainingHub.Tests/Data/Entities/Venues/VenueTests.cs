using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Tests.Data.Entities.Venues;

/// <summary>A venue guards its own details: what is typed is tidied and checked, and a refused change changes nothing.</summary>
public sealed class VenueTests
{
    private static readonly DateTimeOffset Monday = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static VenueDetails Typed(string? name = "  Reading Town Hall ", string? postcode = "rg1 1qh", int? capacity = 120) =>
        new(name, "Blagrave Street", " ", "Reading", postcode, "  Step-free entrance ", capacity);

    [Fact]
    public void A_new_venue_keeps_what_was_typed_trimmed_with_the_postcode_in_capitals()
    {
        var (venue, problems) = Venue.Add(Typed(), Monday);

        Assert.Empty(problems);
        Assert.Equal(("Reading Town Hall", null, "RG1 1QH", "Step-free entrance", 120, Monday),
            (venue!.Name, venue.AddressLine2, venue.Postcode, venue.AccessibilityNotes, venue.Capacity, venue.CreatedAt));
        Assert.Equal("Blagrave Street, Reading, RG1 1QH", venue.Details.Address);
        Assert.False(venue.IsRetired);
    }

    [Theory]
    [InlineData(null, "RG1 1QH", 120, "Name", "Enter the venue's name")]
    [InlineData("Reading Town Hall", "RG1", 120, "Postcode", "Enter a real postcode, like OX1 1BX")]
    [InlineData("Reading Town Hall", "", 120, "Postcode", "Enter the postcode")]
    [InlineData("Reading Town Hall", "RG1 1QH", 0, "Capacity", "The number of people the venue holds must be between 1 and 2000")]
    [InlineData("Reading Town Hall", "RG1 1QH", -5, "Capacity", "The number of people the venue holds must be between 1 and 2000")]
    [InlineData("Reading Town Hall", "RG1 1QH", null, "Capacity", "Enter how many people the venue holds")]
    public void A_venue_is_refused_with_the_field_and_the_reason(string? name, string postcode, int? capacity, string field, string message)
    {
        var (venue, problems) = Venue.Add(Typed(name, postcode, capacity), Monday);

        Assert.Null(venue);
        Assert.Equal([new VenueProblem(field, message)], problems);
    }

    [Fact]
    public void A_refused_change_changes_nothing()
    {
        var venue = Venue.Add(Typed(), Monday).Venue!;

        var problems = venue.Change(Typed(name: "Reading Civic Offices", postcode: "not a postcode", capacity: 0), Monday.AddDays(1));

        Assert.Equal(["Postcode", "Capacity"], problems.Select(p => p.Field));
        Assert.Equal(("Reading Town Hall", "RG1 1QH", 120, Monday), (venue.Name, venue.Postcode, venue.Capacity, venue.UpdatedAt));
    }

    [Fact]
    public void A_venue_is_retired_once()
    {
        var venue = Venue.Add(Typed(), Monday).Venue!;

        Assert.Null(venue.Retire(Monday.AddDays(1)));
        Assert.Equal("Reading Town Hall was already retired", venue.Retire(Monday.AddDays(2)));

        Assert.Equal(Monday.AddDays(1), venue.RetiredAt);
    }
}
