using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Web.Data.Configurations;

public class FacilitatorAssignmentConfiguration : IEntityTypeConfiguration<FacilitatorAssignment>
{
    public void Configure(EntityTypeBuilder<FacilitatorAssignment> b)
    {
        b.HasOne(x => x.Facilitator).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Practice).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.AssignedById).OnDelete(DeleteBehavior.Restrict);
        // One open-ended assignment per practice: two leads assigning at once cannot both succeed.
        b.HasIndex(x => x.PracticeId).IsUnique().HasFilter("\"EndsOn\" IS NULL").HasDatabaseName("IX_FacilitatorAssignments_OpenPerPractice");
        b.HasIndex(x => new { x.PracticeId, x.StartsOn });
        b.HasIndex(x => new { x.FacilitatorId, x.EndsOn });
    }
}

public class PracticeJourneyConfiguration : IEntityTypeConfiguration<PracticeJourney>
{
    public void Configure(EntityTypeBuilder<PracticeJourney> b)
    {
        b.HasKey(x => x.PracticeId);
        b.HasOne(x => x.Practice).WithOne().HasForeignKey<PracticeJourney>(x => x.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class PracticeJourneyChangeConfiguration : IEntityTypeConfiguration<PracticeJourneyChange>
{
    public void Configure(EntityTypeBuilder<PracticeJourneyChange> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasOne(x => x.Practice).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.RecordedBy).WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PracticeId, x.RecordedAt });
    }
}

public class PracticeVisitConfiguration : IEntityTypeConfiguration<PracticeVisit>
{
    public void Configure(EntityTypeBuilder<PracticeVisit> b)
    {
        b.Property(x => x.Notes).HasMaxLength(20000);
        b.HasOne(x => x.Practice).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Facilitator).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PracticeId, x.VisitedOn });
        b.HasIndex(x => new { x.FacilitatorId, x.VisitedOn });
    }
}

public class VisitActionConfiguration : IEntityTypeConfiguration<VisitAction>
{
    public void Configure(EntityTypeBuilder<VisitAction> b)
    {
        b.Property(x => x.Description).HasMaxLength(500);
        b.Property(x => x.Owner).HasMaxLength(200);
        b.HasOne(x => x.PracticeVisit).WithMany(x => x.Actions).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.FidelityReview).WithMany(x => x.Actions).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Practice>().WithMany().HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Person>().WithMany().HasForeignKey(x => x.RecordedById).OnDelete(DeleteBehavior.Restrict);
        b.ToTable(t => t.HasCheckConstraint("CK_VisitActions_OneSource",
            "(\"PracticeVisitId\" IS NULL) <> (\"FidelityReviewId\" IS NULL)"));
        // The dashboard and the reminders look for open actions by due date.
        b.HasIndex(x => new { x.DoneOn, x.DueOn });
        b.HasIndex(x => new { x.PracticeId, x.DueOn });
    }
}

public class FidelityReviewConfiguration : IEntityTypeConfiguration<FidelityReview>
{
    public void Configure(EntityTypeBuilder<FidelityReview> b)
    {
        b.Property(x => x.Summary).HasMaxLength(4000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Practice).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.StartedBy).WithMany().HasForeignKey(x => x.StartedById).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.UpdatedBy).WithMany().HasForeignKey(x => x.UpdatedById).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.PracticeId, x.ReviewedOn });
        // One draft per practice: two people starting a review at once share it rather than make two.
        b.HasIndex(x => x.PracticeId).IsUnique().HasFilter("\"Status\" = 0").HasDatabaseName("IX_FidelityReviews_OneDraftPerPractice");
        b.HasIndex(x => new { x.Status, x.NextReviewDue });
    }
}

public class FidelityElementRatingConfiguration : IEntityTypeConfiguration<FidelityElementRating>
{
    public void Configure(EntityTypeBuilder<FidelityElementRating> b)
    {
        b.Property(x => x.Evidence).HasMaxLength(4000);
        b.HasOne<FidelityReview>().WithMany(x => x.Ratings).HasForeignKey(x => x.FidelityReviewId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FidelityReviewId, x.Element }).IsUnique();
    }
}
