using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.SignIn;

namespace TrainingHub.Web.Data.Configurations;

public class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.Property(x => x.FriendlyName).HasMaxLength(200);
    }
}

public class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> b)
    {
        b.Property(x => x.Role).HasMaxLength(30);
        b.Property(x => x.ScopeKey).HasMaxLength(20);
        b.HasIndex(x => new { x.PersonId, x.Role, x.ScopeKey }).IsUnique();
        b.HasOne<Entities.Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Place).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class RoleChangeConfiguration : IEntityTypeConfiguration<RoleChange>
{
    public void Configure(EntityTypeBuilder<RoleChange> b)
    {
        b.Property(x => x.Role).HasMaxLength(30);
        b.HasIndex(x => new { x.PersonId, x.At });
    }
}
