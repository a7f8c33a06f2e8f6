using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Notifications;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<MessagePreference> MessagePreferences => Set<MessagePreference>();
}
