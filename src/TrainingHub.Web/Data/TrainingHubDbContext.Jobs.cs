using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Jobs;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<JobRun> JobRuns => Set<JobRun>();
}
