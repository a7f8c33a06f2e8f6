using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Audit;

namespace TrainingHub.Web.Data.Configurations;

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(x => x.EntityKind).HasMaxLength(64);
        b.Property(x => x.EntityId).HasMaxLength(64);
        b.Property(x => x.Address).HasMaxLength(64);
        // The page's filters: newest first, by who acted and by kind of record.
        b.HasIndex(x => x.At);
        b.HasIndex(x => new { x.ActorPersonId, x.At });
        b.HasIndex(x => new { x.EntityKind, x.At });
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.ActorPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
