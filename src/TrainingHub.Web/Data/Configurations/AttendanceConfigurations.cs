using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Attendance;

namespace TrainingHub.Web.Data.Configurations;

public class SessionCheckInCodeConfiguration : IEntityTypeConfiguration<SessionCheckInCode>
{
    public void Configure(EntityTypeBuilder<SessionCheckInCode> b)
    {
        // One code per session, and a code names one session: the database settles two first views at once.
        b.HasKey(x => x.EventSessionId);
        b.Property(x => x.Code).HasMaxLength(12);
        b.HasIndex(x => x.Code).IsUnique();
        b.HasOne(x => x.EventSession).WithOne().HasForeignKey<SessionCheckInCode>(x => x.EventSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
