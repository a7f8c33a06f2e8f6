using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data.Entities.Bookings;

namespace TrainingHub.Web.Data;

public abstract partial class TrainingHubDbContext
{
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<BookingTransition> BookingTransitions => Set<BookingTransition>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
}
