using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Domain.Bookings;

namespace TrainingHub.Web.Data.Configurations;

public class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.CancellationReason).HasMaxLength(1000);
        b.Property(x => x.AccessNeeds).HasMaxLength(BookingAnswers.MaxLength);
        b.Property(x => x.DietaryNeeds).HasMaxLength(BookingAnswers.MaxLength);
        b.Ignore(x => x.Answers);
        b.Property(x => x.Version).IsConcurrencyToken();
        // One live booking per person per event, decided by the database whatever the timing.
        b.HasIndex(x => new { x.ProgrammeEventId, x.PersonId }).IsUnique()
            .HasFilter($"\"PersonId\" IS NOT NULL AND \"State\" <> {(int)BookingState.Cancelled}");
        b.HasIndex(x => new { x.ProgrammeEventId, x.State });
        b.HasIndex(x => new { x.PersonId, x.State });
        b.HasIndex(x => new { x.PracticeId, x.State });
        // Covers the coverage and delivery reports' reads of completed bookings, so they never touch the table rows.
        b.HasIndex(x => new { x.State, x.PracticeId, x.CompletedAt, x.ProgrammeEventId, x.PersonId, x.ProfessionalRole })
            .HasDatabaseName("IX_Bookings_Completions");
        b.HasOne(x => x.ProgrammeEvent).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Practice).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class BookingTransitionConfiguration : IEntityTypeConfiguration<BookingTransition>
{
    public void Configure(EntityTypeBuilder<BookingTransition> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.HasIndex(x => new { x.BookingId, x.At });
        b.HasIndex(x => x.At);
        b.HasOne(x => x.Booking).WithMany(x => x.Transitions).OnDelete(DeleteBehavior.Cascade);
    }
}

public class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> b)
    {
        b.HasIndex(x => new { x.BookingId, x.EventSessionId }).IsUnique();
        b.HasIndex(x => x.EventSessionId);
        b.HasOne(x => x.Booking).WithMany(x => x.Attendance).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.EventSession).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
