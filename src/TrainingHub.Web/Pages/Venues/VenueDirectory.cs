using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Web.Pages.Venues;

/// <summary>The venue directory as the event form uses it: the venues a lead may choose, and whether one suits the event.</summary>
public sealed class VenueDirectory(TrainingHubDbContext db)
{
    public sealed record Choice(int Id, string Name, string Town, int Capacity, bool IsRetired)
    {
        public string Label => $"{Name}, {Town} (holds {Capacity}){(IsRetired ? " – retired" : "")}";
    }

    /// <summary>The venues not retired, by name, and the event's own venue if it has been retired since it was chosen.</summary>
    public async Task<IReadOnlyList<Choice>> ChoicesAsync(int? keeping) =>
        await db.Venues.AsNoTracking().Where(v => v.RetiredAt == null || v.Id == keeping).OrderBy(v => v.Name)
            .Select(v => new Choice(v.Id, v.Name, v.Town, v.Capacity, v.RetiredAt != null)).ToListAsync();

    /// <summary>The chosen venue's details, when the form may choose it: not retired, or the event's own venue already.</summary>
    public async Task<VenueDetails?> ChosenAsync(int venueId, int? keeping)
    {
        var venue = await db.Venues.AsNoTracking().FirstOrDefaultAsync(v => v.Id == venueId && (v.RetiredAt == null || v.Id == keeping));
        return venue?.Details;
    }

    /// <summary>Why the venue cannot take the event (not in the directory, retired, too small), or null.</summary>
    public async Task<string?> WhyNotAsync(int venueId, int? places, int? keeping) =>
        await ChosenAsync(venueId, keeping) is not { } venue ? "Choose a venue from the list, or choose Other and type the venue"
            : places is { } wanted ? VenueCapacity.WhyNot(venue.Name!, venue.Capacity!.Value, wanted) : null;
}
