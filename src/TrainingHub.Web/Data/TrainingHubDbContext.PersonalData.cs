using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.PersonalData;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<PersonalDataRequest> PersonalDataRequests => Set<PersonalDataRequest>();
}
