using Microsoft.EntityFrameworkCore;
using Hangfire;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Every minute: offers that lapsed pass to the next in line, and places freed some other way (a capacity raised on
/// the event's edit page) reach the waiting list. Each event is settled in its own serialised transaction.
/// </summary>
public sealed class OfferExpiryJob(OfferSweep sweep)
{
    public const string Id = "booking-offers";

    // The next minute's run settles whatever this one did not.
    [DisableConcurrentExecution(timeoutInSeconds: 10 * 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await sweep.RunAsync()} events settled";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<OfferExpiryJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), PortalJobs.InLondon);
}

public sealed class OfferSweep(TrainingHubDbContext db, EventWrites writes, TimeProvider clock)
{
    public async Task<int> RunAsync()
    {
        var now = clock.GetUtcNow();
        var eventIds = await db.Bookings.AsNoTracking()
            .Where(b => (b.State == BookingState.Offered && b.OfferExpiresAt <= now)
                        || (b.State == BookingState.Waitlisted && b.ProgrammeEvent!.Status == EventStatus.Published && b.ProgrammeEvent.StartsAt > now))
            .Select(b => b.ProgrammeEventId).Distinct().ToListAsync();
        foreach (var id in eventIds) await writes.RunAsync(id, PlaceOffers.LapseOffers(db, id));
        return eventIds.Count;
    }
}
