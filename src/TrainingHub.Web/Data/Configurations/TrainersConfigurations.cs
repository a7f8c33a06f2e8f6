using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Trainers;

namespace TrainingHub.Web.Data.Configurations;

public class TrainerAccreditationConfiguration : IEntityTypeConfiguration<TrainerAccreditation>
{
    public void Configure(EntityTypeBuilder<TrainerAccreditation> b)
    {
        b.Property(x => x.AccreditationSlug).HasMaxLength(60);
        // One per person and accreditation: a renewal updates it, and two grants at once cannot make two.
        b.HasIndex(x => new { x.PersonId, x.AccreditationSlug }).IsUnique();
        // The pool view and the expiry reminders look by expiry.
        b.HasIndex(x => new { x.ValidUntil, x.AccreditationSlug });
        b.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class QaObservationConfiguration : IEntityTypeConfiguration<QaObservation>
{
    public void Configure(EntityTypeBuilder<QaObservation> b)
    {
        b.Property(x => x.AccreditationSlug).HasMaxLength(60);
        b.Property(x => x.DevelopmentActions).HasMaxLength(8000);
        b.HasIndex(x => new { x.ObservedPersonId, x.ObservedOn });
        b.HasIndex(x => x.ProgrammeEventId);
        // The rule that nobody quality-assures themselves, kept by the database as well as the form.
        b.ToTable(t => t.HasCheckConstraint("CK_QaObservations_NotSelf", "\"ObservedPersonId\" <> \"AssessorPersonId\""));
        b.HasOne(x => x.ObservedPerson).WithMany().HasForeignKey(x => x.ObservedPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.AssessorPerson).WithMany().HasForeignKey(x => x.AssessorPersonId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ProgrammeEvent).WithMany().HasForeignKey(x => x.ProgrammeEventId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Ratings).WithOne().HasForeignKey(x => x.QaObservationId).OnDelete(DeleteBehavior.Cascade);
    }
}

public class QaCriterionRatingConfiguration : IEntityTypeConfiguration<QaCriterionRating>
{
    public void Configure(EntityTypeBuilder<QaCriterionRating> b)
    {
        b.Property(x => x.Evidence).HasMaxLength(8000);
        b.HasIndex(x => new { x.QaObservationId, x.Criterion }).IsUnique();
    }
}

public class TrainerRecordNoteConfiguration : IEntityTypeConfiguration<TrainerRecordNote>
{
    public void Configure(EntityTypeBuilder<TrainerRecordNote> b)
    {
        b.Property(x => x.Text).HasMaxLength(4000);
        b.HasIndex(x => new { x.TrainerPersonId, x.WrittenAt });
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.TrainerPersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Author).WithMany().HasForeignKey(x => x.AuthorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

public class TrainerDiaryConfiguration : IEntityTypeConfiguration<TrainerDiary>
{
    public void Configure(EntityTypeBuilder<TrainerDiary> b)
    {
        b.HasKey(x => x.PersonId);
        b.Property(x => x.PersonId).ValueGeneratedNever();
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
