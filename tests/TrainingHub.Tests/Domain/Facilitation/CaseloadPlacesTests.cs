using TrainingHub.Web.Domain.Facilitation;

namespace TrainingHub.Tests.Domain.Facilitation;

public class CaseloadPlacesTests
{
    [Fact]
    public void A_facilitator_with_places_may_be_given_practices_only_in_those_places()
    {
        var places = new HashSet<int> { 1, 2 };
        Assert.True(CaseloadPlaces.Allows(places, 2));
        Assert.False(CaseloadPlaces.Allows(places, 3));
    }

    [Fact]
    public void A_facilitator_with_no_recorded_places_may_be_given_a_practice_anywhere()
    {
        Assert.True(CaseloadPlaces.Allows(null, 7));
        Assert.True(CaseloadPlaces.Allows(new HashSet<int>(), 7));
    }
}
