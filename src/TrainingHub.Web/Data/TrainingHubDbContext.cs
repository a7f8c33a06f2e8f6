using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities;

namespace TrainingHub.Web.Data;

/// <summary>
/// The portal's one database. Partial: each feature adds its sets in a file of its own
/// (TrainingHubDbContext.Feature.cs) so features do not collide here. Abstract: each database provider
/// has its own subclass, so each has its own model cache and its own migrations (see DatabaseProviders).
/// </summary>
public abstract partial class TrainingHubDbContext(DbContextOptions options) : IdentityDbContext<PortalUser>(options)
{
    public DbSet<IntegratedCareSystem> IntegratedCareSystems => Set<IntegratedCareSystem>();
    public DbSet<Place> Places => Set<Place>();
    public DbSet<PrimaryCareNetwork> PrimaryCareNetworks => Set<PrimaryCareNetwork>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonPracticeChange> PersonPracticeChanges => Set<PersonPracticeChange>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TrainingHubDbContext).Assembly);
    }

}
