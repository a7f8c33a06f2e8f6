namespace TrainingHub.Web.Domain.Venues;

/// <summary>An event never offers more places than its venue holds.</summary>
public static class VenueCapacity
{
    public static string? WhyNot(string venueName, int venueHolds, int places) =>
        places <= venueHolds ? null
            : $"{venueName} holds {venueHolds} people, fewer than the {places} places on this event: choose a larger venue, or set the number of places to {venueHolds} or fewer";
}
