using Microsoft.Extensions.DependencyInjection;
using Hangfire;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Messages;

namespace TrainingHub.EndToEnd.Infrastructure;

/// <summary>
/// What arrived at the SMTP server. The portal's message jobs run every minute; rather than wait for the clock,
/// a journey asks the portal's own scheduler to run them now, as a lead's "Trigger now" on the jobs dashboard does.
/// </summary>
public sealed class Mailbox(KestrelPortal portal, SmtpSink smtp)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(45);

    public IReadOnlyList<ReceivedMail> All() => Received.All(smtp);

    /// <summary>The first message to <paramref name="to"/> whose subject starts with <paramref name="subject"/>, once it has arrived.</summary>
    public async Task<ReceivedMail> WaitForAsync(string to, string subject)
    {
        // The real clock: a bound on how long the journey waits for mail, not a time the portal reads.
        var deadline = DateTime.UtcNow + Patience;
        var seen = -1;
        while (DateTime.UtcNow < deadline)
        {
            await RunMessageJobsAsync(deadline);
            // Each run takes a moment; look for the message meanwhile rather than asking for more runs.
            for (var look = 0; look < 20; look++)
            {
                var arrived = Directory.EnumerateFiles(smtp.Folder, "*.eml").Count();
                // Reading mail starts a parser process: only when something new has arrived.
                if (arrived != seen && All().FirstOrDefault(m => Matches(m, to, subject)) is { } mail) return mail;
                seen = arrived;
                await Task.Delay(100);
            }
        }
        throw new Xunit.Sdk.XunitException($"No message '{subject}' to {to} arrived. Received: " +
            string.Join("; ", All().Select(m => $"{m.To}: {m.Subject}")) + "\nServer log: " + string.Join("\n", portal.Errors.AllWithWarnings));
    }

    /// <summary>Runs the message jobs once more, as their next minute would, whether or not anything is due.</summary>
    public Task RunJobsAsync() => RunMessageJobsAsync(DateTime.UtcNow + Patience);

    /// <summary>How many messages to <paramref name="to"/> whose subject starts with <paramref name="subject"/> have arrived.</summary>
    public int Count(string to, string subject) => All().Count(m => Matches(m, to, subject));

    /// <summary>The HTML part of a message as it arrived, decoded (what an email program renders).</summary>
    public string HtmlOf(ReceivedMail mail)
    {
        var id = mail.MessageId?.Trim('<', '>');
        foreach (var file in smtp.Files())
        {
            // The sink's first line (X-Rcpt-To) reads as one more header.
            var message = MimeKit.MimeMessage.Load(file);
            if (message.MessageId == id) return message.HtmlBody ?? throw new Xunit.Sdk.XunitException($"'{mail.Subject}' to {mail.To} has no HTML part");
        }
        throw new Xunit.Sdk.XunitException($"'{mail.Subject}' to {mail.To} is no longer in the mailbox");
    }

    public static bool Matches(ReceivedMail mail, string to, string subject) =>
        mail.To.Contains(to, StringComparison.OrdinalIgnoreCase) && mail.Subject.StartsWith(subject, StringComparison.Ordinal);

    /// <summary>
    /// Queues what bookings now call for, then sends what is due: each job is triggered once and waited for before
    /// the next, so triggers never pile up behind a run that holds the job's lock.
    /// </summary>
    private async Task RunMessageJobsAsync(DateTime deadline)
    {
        var jobs = portal.Services.GetRequiredService<IRecurringJobManagerV2>();
        var monitor = portal.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        foreach (var id in new[] { BookingRemindersJob.Id, OutboxDispatchJob.Id })
        {
            var run = jobs.TriggerJob(id);
            while (DateTime.UtcNow < deadline && !Finished(monitor, run)) await Task.Delay(50);
        }
    }

    private static bool Finished(Hangfire.Storage.IMonitoringApi monitor, string? run) =>
        run is null || monitor.JobDetails(run)?.History.Any(h => h.StateName is "Succeeded" or "Failed" or "Deleted") == true;
}
