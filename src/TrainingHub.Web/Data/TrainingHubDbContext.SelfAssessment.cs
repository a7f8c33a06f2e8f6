using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<SelfAssessmentRating> SelfAssessmentRatings => Set<SelfAssessmentRating>();
    public DbSet<SelfAssessmentAction> SelfAssessmentActions => Set<SelfAssessmentAction>();
}
