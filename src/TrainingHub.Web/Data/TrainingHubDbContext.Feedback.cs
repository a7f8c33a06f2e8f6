using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Feedback;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();
    public DbSet<EventTypeFeedbackSettings> EventTypeFeedbackSettings => Set<EventTypeFeedbackSettings>();
}
