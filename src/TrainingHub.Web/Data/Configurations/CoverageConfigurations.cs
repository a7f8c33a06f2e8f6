using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Coverage;

namespace TrainingHub.Web.Data.Configurations;

public class CoverageSnapshotConfiguration : IEntityTypeConfiguration<CoverageSnapshot>
{
    public void Configure(EntityTypeBuilder<CoverageSnapshot> b)
    {
        b.HasIndex(x => new { x.PlaceId, x.TakenOn }).IsUnique();
        b.HasIndex(x => x.TakenOn);
        b.HasOne(x => x.Place).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}

public class CoverageTargetConfiguration : IEntityTypeConfiguration<CoverageTarget>
{
    public void Configure(EntityTypeBuilder<CoverageTarget> b)
    {
        b.Property(x => x.Id).ValueGeneratedNever();
        b.ToTable(t => t.HasCheckConstraint("CK_CoverageTargets_Percent", "\"Percent\" BETWEEN 1 AND 100"));
        b.HasData(new CoverageTarget { Id = CoverageTarget.TheOne, Percent = CoverageTarget.Default });
    }
}
