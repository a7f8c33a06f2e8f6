using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Web.Demo;

/// <summary>The demo's venue directory: the halls the upcoming events use, one not used yet, and one retired.</summary>
public static class DemoVenues
{
    public static (Venue Reading, Venue Aylesbury, Venue Oxford, IReadOnlyList<Venue> All) Create(DateTimeOffset now)
    {
        var reading = Add(new("Reading Town Hall", "Blagrave Street", null, "Reading", "rg1 1qh",
            "Step-free entrance on Blagrave Street; lift to every floor; hearing loop in the Council Chamber; accessible toilets on the ground floor. Pay-and-display parking nearby.", 120), now);
        var aylesbury = Add(new("Aylesbury Vale Academy", "Paradise Orchard", "Berryfields", "Aylesbury", "HP18 0WS",
            "Level access from the car park; blue badge spaces by the main entrance; accessible toilet beside the training room.", 60), now);
        var oxford = Add(new("Oxford Town Hall", "St Aldate's", null, "Oxford", "OX1 1BX",
            "Step-free entrance on Blue Boar Street; lift to the Main Hall; induction loop. No parking on site: Westgate car park is five minutes' walk.", 200), now);
        var didcot = Add(new("Didcot Civic Hall", "Britwell Road", null, "Didcot", "OX11 7JN",
            "Step-free throughout; free car park with blue badge spaces; quiet room on request.", 80), now);
        var slough = Add(new("Slough Old Library", "High Street", null, "Slough", "SL1 1EA",
            "Steps at the entrance; no lift.", 30), now.AddDays(-400));
        slough.Retire(now.AddDays(-60));
        return (reading, aylesbury, oxford, [reading, aylesbury, oxford, didcot, slough]);
    }

    private static Venue Add(VenueDetails details, DateTimeOffset at) =>
        Venue.Add(details, at).Venue ?? throw new InvalidOperationException($"The demo venue {details.Name} is not a valid venue.");
}
