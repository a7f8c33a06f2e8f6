using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Facilitation;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<FacilitatorAssignment> FacilitatorAssignments => Set<FacilitatorAssignment>();
    public DbSet<PracticeJourney> PracticeJourneys => Set<PracticeJourney>();
    public DbSet<PracticeJourneyChange> PracticeJourneyChanges => Set<PracticeJourneyChange>();
    public DbSet<PracticeVisit> PracticeVisits => Set<PracticeVisit>();
    public DbSet<VisitAction> VisitActions => Set<VisitAction>();
    public DbSet<FidelityReview> FidelityReviews => Set<FidelityReview>();
    public DbSet<FidelityElementRating> FidelityElementRatings => Set<FidelityElementRating>();
}
