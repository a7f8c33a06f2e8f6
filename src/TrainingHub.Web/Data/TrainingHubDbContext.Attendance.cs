using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Attendance;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<SessionCheckInCode> SessionCheckInCodes => Set<SessionCheckInCode>();
}
