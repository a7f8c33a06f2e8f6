using System.Diagnostics;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using TrainingHub.Web.Demo.National;

namespace TrainingHub.Bench;

/// <summary>
/// Reminders owed to many attendees at once, queued and sent by the portal's own queue and outbox (`send-reminders`)
/// to a real SMTP server; then, in the same run and over the same server, a plain MailKit loop (one connection) sends as many
/// messages, as the floor to compare with. Every received message is counted by its Message-ID.
/// </summary>
public static class ReminderBurst
{
    private const string PlainDomain = "@plain-loop.invalid>";

    public static async Task<BurstResult> RunAsync(string portal, BenchDatabase database, BurstSizes sizes, string workFolder, TextWriter log)
    {
        using var sink = await SmtpSinkProcess.StartAsync(Path.Combine(workFolder, "smtp-" + Guid.NewGuid().ToString("N")));
        var smtp = new[] { "--Mail:Smtp:Host", "127.0.0.1", "--Mail:Smtp:Port", sink.Port.ToString(), "--Mail:Smtp:Security", "None" };
        var (exit, outbox, output) = await PortalProcess.RunCommandAsync(portal, ["send-reminders", .. database.HostArguments, .. smtp], log);
        if (exit != 0) throw new InvalidOperationException($"send-reminders failed with exit code {exit}.");
        var plain = await PlainLoopAsync(sink.Port, sizes.Reminders);
        return Result(sizes, sink.Received(), outbox, plain, output.LastOrDefault(l => l.StartsWith("queued", StringComparison.Ordinal)) ?? "");
    }

    private static async Task<TimeSpan> PlainLoopAsync(int port, int count)
    {
        var watch = Stopwatch.StartNew();
        using var client = new SmtpClient();
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
        for (var i = 1; i <= count; i++)
        {
            var message = new MimeMessage { Subject = "Reminder: your training is tomorrow", Body = new TextPart("plain") { Text = "A plain message." } };
            message.From.Add(MailboxAddress.Parse("traininghub@example.nhs.uk"));
            message.To.Add(MailboxAddress.Parse($"plain-{i}@nhs.example"));
            message.MessageId = $"plain-{i}{PlainDomain.TrimEnd('>')}";
            await client.SendAsync(message);
        }
        await client.DisconnectAsync(quit: true);
        return watch.Elapsed;
    }

    private static BurstResult Result(BurstSizes sizes, List<(string To, string? MessageId)> received, TimeSpan outbox, TimeSpan plain, string portalSaid)
    {
        var reminderPrefix = BurstSizes.ReminderEmail[..BurstSizes.ReminderEmail.IndexOf('{')];
        var reminders = received.Where(m => m.To.StartsWith(reminderPrefix, StringComparison.Ordinal)).ToList();
        var loop = received.Where(m => m.MessageId?.EndsWith(PlainDomain, StringComparison.Ordinal) == true).ToList();
        var fromOutbox = received.Count - loop.Count;
        var counts = new Dictionary<string, int>
        {
            [BurstResult.RemindersReceived] = reminders.Select(m => m.To).Distinct().Count(),
            [BurstResult.OutboxMessages] = fromOutbox,
            [BurstResult.Duplicates] = received.Count - received.Select(m => m.MessageId ?? m.To).Distinct().Count(),
            [BurstResult.WithoutMessageId] = received.Count(m => m.MessageId is null),
            [BurstResult.PlainReceived] = loop.Select(m => m.MessageId).Distinct().Count(),
        };
        var correct = counts[BurstResult.RemindersReceived] == sizes.Reminders && reminders.Count == sizes.Reminders
            && counts[BurstResult.Duplicates] == 0 && counts[BurstResult.WithoutMessageId] == 0 && counts[BurstResult.PlainReceived] == sizes.Reminders;
        var outcome = $"{sizes.Reminders:N0} due reminders, queued and sent by the portal's queue and outbox to a real SMTP server (aiosmtpd): " +
            $"**{(correct ? "correct" : "NOT correct")}** — {counts[BurstResult.RemindersReceived]:N0} of {sizes.Reminders:N0} attendees received theirs, " +
            $"{counts[BurstResult.Duplicates]} duplicate Message-IDs; the outbox delivered {fromOutbox:N0} messages in all (other messages the dataset was owed included) " +
            $"in {outbox.TotalSeconds:F1} s ({fromOutbox / outbox.TotalSeconds:F0} messages/s, process start included; portal: {portalSaid}). " +
            $"A plain MailKit loop over the same server: {counts[BurstResult.PlainReceived]:N0} messages in {plain.TotalSeconds:F1} s " +
            $"({sizes.Reminders / plain.TotalSeconds:F0} messages/s); the outbox took {outbox.TotalSeconds / plain.TotalSeconds:F1}× as long.";
        return new BurstResult(BurstScenarios.Reminders, outcome, counts);
    }
}
