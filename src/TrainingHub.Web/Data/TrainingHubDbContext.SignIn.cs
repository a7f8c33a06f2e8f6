using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.SignIn;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<RoleGrant> RoleGrants => Set<RoleGrant>();
    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();
}
