using Microsoft.EntityFrameworkCore;
using Quartz;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Jobs;

namespace TrainingHub.Web.Pages.Bookings;

/// <summary>
/// Every minute: offers that lapsed pass to the next in line, and places freed some other way (a capacity raised on
/// the event's edit page) reach the waiting list. Each event is settled in its own serialised transaction.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OfferExpiryJob(OfferSweep sweep) : IJob
{
    public static readonly JobKey Key = new("booking-offers", "bookings");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = $"{await sweep.RunAsync()} events settled";

    public sealed class Schedule : IPortalJob
    {
        public void Configure(IQuartzBuilder quartz)
        {
            quartz.AddJob<OfferExpiryJob>(j => j.WithIdentity(Key).StoreDurably().WithDescription("Pass lapsed waiting-list offers to the next in line"));
            quartz.AddTrigger(t => t.ForJob(Key).WithIdentity("booking-offers-every-minute", "bookings")
                .WithCronSchedule("30 * * * * ?", c => c.InTimeZone(LondonTime.Zone)));
        }
    }
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
