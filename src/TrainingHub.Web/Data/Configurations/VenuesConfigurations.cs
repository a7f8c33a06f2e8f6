using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Venues;
using TrainingHub.Web.Domain.Venues;

namespace TrainingHub.Web.Data.Configurations;

public class VenueConfiguration : IEntityTypeConfiguration<Venue>
{
    public void Configure(EntityTypeBuilder<Venue> b)
    {
        b.Property(x => x.Name).HasMaxLength(VenueDetails.NameLength);
        b.Property(x => x.AddressLine1).HasMaxLength(VenueDetails.AddressLineLength);
        b.Property(x => x.AddressLine2).HasMaxLength(VenueDetails.AddressLineLength);
        b.Property(x => x.Town).HasMaxLength(VenueDetails.TownLength);
        b.Property(x => x.Postcode).HasMaxLength(VenueDetails.PostcodeLength);
        b.Property(x => x.AccessibilityNotes).HasMaxLength(VenueDetails.AccessibilityNotesLength);
        b.Ignore(x => x.IsRetired);
        b.Ignore(x => x.Details);
        // The directory and the event form list venues by name, the form only those not retired.
        b.HasIndex(x => new { x.RetiredAt, x.Name });
    }
}
