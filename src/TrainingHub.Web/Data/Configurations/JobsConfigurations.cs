using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingHub.Web.Data.Entities.Jobs;

namespace TrainingHub.Web.Data.Configurations;

public class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> b)
    {
        b.HasKey(x => x.JobKey);
        b.Property(x => x.JobKey).HasMaxLength(200);
        b.Property(x => x.Outcome).HasMaxLength(1000);
    }
}
