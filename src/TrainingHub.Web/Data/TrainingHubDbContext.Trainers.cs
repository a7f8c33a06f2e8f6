using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Trainers;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<TrainerAccreditation> TrainerAccreditations => Set<TrainerAccreditation>();
    public DbSet<QaObservation> QaObservations => Set<QaObservation>();
    public DbSet<QaCriterionRating> QaCriterionRatings => Set<QaCriterionRating>();
    public DbSet<TrainerRecordNote> TrainerRecordNotes => Set<TrainerRecordNote>();
    public DbSet<TrainerDiary> TrainerDiaries => Set<TrainerDiary>();
}
