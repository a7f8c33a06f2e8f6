using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Venues;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<Venue> Venues => Set<Venue>();
}
