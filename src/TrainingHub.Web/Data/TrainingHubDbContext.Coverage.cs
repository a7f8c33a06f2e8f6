using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Coverage;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<CoverageSnapshot> CoverageSnapshots => Set<CoverageSnapshot>();
    public DbSet<CoverageTarget> CoverageTargets => Set<CoverageTarget>();
}
