using Hangfire;
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
