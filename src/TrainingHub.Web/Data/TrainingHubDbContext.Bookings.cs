using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingHub.Web.Data.Entities.Bookings;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<BookingTransition> BookingTransitions => Set<BookingTransition>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();

    /// <summary>
    /// Begins the transaction in which the places on these events are decided. Until it ends, every other writer to
    /// the same events waits its turn, so counting the places taken and then adding a booking cannot interleave with
    /// another request doing the same. Each provider does this its own way (see ProviderContexts).
    /// </summary>
    public abstract Task<IDbContextTransaction> BeginEventWriteAsync(IReadOnlyCollection<int> eventIds, CancellationToken cancellationToken = default);

    /// <summary>Whether saving failed on a unique index, such as the one live booking per person per event.</summary>
    public abstract bool IsUniqueViolation(DbUpdateException exception);
}
