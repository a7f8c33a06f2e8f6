using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Events;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<EventType> EventTypes => Set<EventType>();
    public DbSet<ProgrammeEvent> ProgrammeEvents => Set<ProgrammeEvent>();
    public DbSet<EventSession> EventSessions => Set<EventSession>();
    public DbSet<EventTrainer> EventTrainers => Set<EventTrainer>();
    public DbSet<EventChange> EventChanges => Set<EventChange>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
}
