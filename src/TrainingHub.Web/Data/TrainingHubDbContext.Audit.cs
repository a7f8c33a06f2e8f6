using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Audit;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
}
