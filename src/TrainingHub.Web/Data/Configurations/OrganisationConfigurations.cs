using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Data.Configurations;

public class IntegratedCareSystemConfiguration : IEntityTypeConfiguration<IntegratedCareSystem>
{
    public void Configure(EntityTypeBuilder<IntegratedCareSystem> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Code).HasMaxLength(10);
    }
}

public class PlaceConfiguration : IEntityTypeConfiguration<Place>
{
    public void Configure(EntityTypeBuilder<Place> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.CommissionerCode).HasMaxLength(5);
        b.HasIndex(x => x.CommissionerCode).IsUnique();
        b.HasOne(x => x.IntegratedCareSystem).WithMany(x => x.Places).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PrimaryCareNetworkConfiguration : IEntityTypeConfiguration<PrimaryCareNetwork>
{
    public void Configure(EntityTypeBuilder<PrimaryCareNetwork> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Code).HasMaxLength(10);
        b.HasOne(x => x.Place).WithMany(x => x.PrimaryCareNetworks).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> b)
    {
        b.Property(x => x.OdsCode).HasMaxLength(10);
        b.HasIndex(x => x.OdsCode).IsUnique();
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.AddressLine1).HasMaxLength(100);
        b.Property(x => x.AddressLine2).HasMaxLength(100);
        b.Property(x => x.AddressLine3).HasMaxLength(100);
        b.Property(x => x.AddressLine4).HasMaxLength(100);
        b.Property(x => x.AddressLine5).HasMaxLength(100);
        b.Property(x => x.Postcode).HasMaxLength(10);
        // Stored, not worked out per search: SQLite's upper() allocates per row under a lock every connection
        // shares, so a search that upper-cased each name ran no faster with two cores than with one.
        b.Property(x => x.SearchName).HasMaxLength(100).HasComputedColumnSql("upper(\"Name\")", stored: true);
        b.Property(x => x.SearchPostcode).HasMaxLength(10).HasComputedColumnSql("upper(replace(\"Postcode\", ' ', ''))", stored: true);
        b.Property(x => x.Telephone).HasMaxLength(20);
        b.Property(x => x.CommissionerCode).HasMaxLength(5);
        b.Property(x => x.IcbCode).HasMaxLength(5);
        // The register and coverage filter by ICB.
        b.HasIndex(x => x.IcbCode);
        b.Ignore(x => x.Address);
        // The register filters by place and status and sorts by name on every page view.
        b.HasIndex(x => new { x.PlaceId, x.Status, x.Name });
        b.HasIndex(x => x.Name);
        b.HasIndex(x => x.Postcode);
        b.HasOne(x => x.Place).WithMany(x => x.Practices).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.PrimaryCareNetwork).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}

public class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.Property(x => x.GivenName).HasMaxLength(100);
        b.Property(x => x.FamilyName).HasMaxLength(100);
        b.Property(x => x.WorkEmail).HasMaxLength(256);
        b.HasIndex(x => x.WorkEmail).IsUnique();
        b.Property(x => x.Organisation).HasMaxLength(200);
        b.Ignore(x => x.FullName);
        b.HasIndex(x => new { x.PracticeId, x.FamilyName });
        b.HasOne(x => x.Practice).WithMany(x => x.Staff).OnDelete(DeleteBehavior.Restrict);
    }
}

public class PersonPracticeChangeConfiguration : IEntityTypeConfiguration<PersonPracticeChange>
{
    public void Configure(EntityTypeBuilder<PersonPracticeChange> b)
    {
        b.HasIndex(x => new { x.PersonId, x.At });
        // The practice profile lists former staff: people who moved away from it.
        b.HasIndex(x => x.FromPracticeId);
        b.HasIndex(x => x.ToPracticeId);
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.FromPractice).WithMany().OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ToPractice).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> b)
    {
        b.HasIndex(x => x.PersonId).IsUnique();
        b.HasOne(x => x.Person).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The granted roles exist in every database, created by the migrations rather than at start-up.</summary>
public class PortalRoleConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.Identity.IdentityRole>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.Identity.IdentityRole> b) =>
        b.HasData(SignIn.PortalRoles.Granted.Select(name => new Microsoft.AspNetCore.Identity.IdentityRole
        {
            Id = name,
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = name,
        }));
}
