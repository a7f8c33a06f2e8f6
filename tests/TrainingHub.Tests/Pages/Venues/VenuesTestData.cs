using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Tests.Pages.Venues;

/// <summary>Venues straight into the directory, for tests that care about what is done with them.</summary>
public static class VenuesTestData
{
    private static readonly DateTimeOffset Added = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static Task<Venue> VenueAsync(this PortalFactory factory, string name = "Reading Town Hall", int capacity = 120,
        string? accessibilityNotes = "Step-free entrance on Blagrave Street; hearing loop", bool retired = false) => factory.WithDbAsync(async db =>
    {
        var venue = Venue.Add(new VenueDetails(name, "Blagrave Street", null, "Reading", "RG1 1QH", accessibilityNotes, capacity), Added).Venue!;
        if (retired) venue.Retire(Added.AddDays(1));
        db.Venues.Add(venue);
        await db.SaveChangesAsync();
        return venue;
    });
}
