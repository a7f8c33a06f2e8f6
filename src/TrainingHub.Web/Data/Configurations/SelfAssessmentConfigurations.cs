using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Data.Configurations;

public class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public const int AreaKeyLength = 20;

    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.Property(x => x.AreaKey).HasMaxLength(AreaKeyLength);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => new { x.AreaKey, x.AssessedOn }).IsUnique();
        // Quoted the same way for SQLite and PostgreSQL.
        b.HasIndex(x => x.AreaKey).IsUnique().HasFilter("\"Status\" = 0").HasDatabaseName("IX_SelfAssessments_OneDraftPerArea");
        // The list filters by place and status; the across-places table by date.
        b.HasIndex(x => new { x.PlaceId, x.Status, x.AssessedOn });
        b.HasIndex(x => new { x.Status, x.AssessedOn });
        b.HasOne(x => x.IntegratedCareSystem).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Place).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PrimaryCareNetwork).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SelfAssessment>().WithMany().HasForeignKey(x => x.StartedFromId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.CreatedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.SubmittedBy).WithMany().HasForeignKey(x => x.SubmittedByPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Ratings).WithOne(x => x.SelfAssessment).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SelfAssessmentRatingConfiguration : IEntityTypeConfiguration<SelfAssessmentRating>
{
    public const int EvidenceLength = 4000;

    public void Configure(EntityTypeBuilder<SelfAssessmentRating> b)
    {
        b.Property(x => x.EnablerKey).HasMaxLength(60);
        b.Property(x => x.Evidence).HasMaxLength(EvidenceLength);
        b.HasIndex(x => new { x.SelfAssessmentId, x.EnablerKey }).IsUnique();
        b.ToTable(t => t.HasCheckConstraint("CK_SelfAssessmentRatings_Level", "\"Level\" IS NULL OR \"Level\" BETWEEN 1 AND 4"));
        b.HasMany(x => x.Actions).WithOne(x => x.Rating).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SelfAssessmentActionConfiguration : IEntityTypeConfiguration<SelfAssessmentAction>
{
    public const int DescriptionLength = 500;
    public const int OwnerLength = 200;

    public void Configure(EntityTypeBuilder<SelfAssessmentAction> b)
    {
        b.Property(x => x.Description).HasMaxLength(DescriptionLength);
        b.Property(x => x.Owner).HasMaxLength(OwnerLength);
        b.HasIndex(x => new { x.SelfAssessmentRatingId, x.Position });
    }
}
