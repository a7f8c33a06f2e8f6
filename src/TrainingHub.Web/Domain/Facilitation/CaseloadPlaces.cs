namespace TrainingHub.Web.Domain.Facilitation;

/// <summary>
/// The one rule for which practices a facilitator may be given: those in the facilitator's places.
/// A person's place scope is not recorded yet (it arrives with the people and places work); until then a
/// facilitator with no recorded places may be given a practice in any place.
/// </summary>
public static class CaseloadPlaces
{
    public static bool Allows(IReadOnlySet<int>? facilitatorPlaceIds, int practicePlaceId) =>
        facilitatorPlaceIds is null || facilitatorPlaceIds.Count == 0 || facilitatorPlaceIds.Contains(practicePlaceId);
}
