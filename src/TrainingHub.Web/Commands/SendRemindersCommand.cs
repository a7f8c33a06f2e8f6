using System.Diagnostics;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Commands;

/// <summary>
/// `send-reminders`: one run of the event reminders, then the outbox dispatched until nothing is due — what
/// the scheduled jobs do over many minutes, at once. The benchmark's reminder burst times it against a real SMTP server.
/// </summary>
public static class SendRemindersCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var queued = await services.GetRequiredService<BookingReminders>().QueueAsync(CancellationToken.None);
        var queuedIn = watch.Elapsed;
        var dispatcher = services.GetRequiredService<OutboxDispatcher>();
        var sent = await dispatcher.DispatchDueAsync(CancellationToken.None);
        // The first run pays for a fresh process (code compiled, queries translated, the relay connected); a job node that has run a while does not.
        var firstRun = watch.Elapsed - queuedIn;
        var firstSent = sent;
        for (var batch = sent; batch != 0; sent += batch) batch = await dispatcher.DispatchDueAsync(CancellationToken.None);
        var sending = watch.Elapsed - queuedIn;
        await output.WriteLineAsync(FormattableString.Invariant(
            $"queued {queued} in {queuedIn.TotalSeconds:F1} s; the outbox sent {sent} in {sending.TotalSeconds:F2} s, its first run {firstSent} in {firstRun.TotalSeconds:F2} s"));
        return 0;
    }
}
