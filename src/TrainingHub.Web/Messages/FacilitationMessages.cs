using TrainingHub.Web.Domain.Events;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Hangfire;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Facilitation;
using TrainingHub.Web.Jobs;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Facilitation;

namespace TrainingHub.Web.Messages;

/// <summary>
/// Sends what <see cref="FacilitationReminders.DueAsync"/> says is due: an agreed action to the person who agreed
/// it, a fidelity review to the practice's facilitator. One message per thing and due date; re-checked at send time.
/// </summary>
public sealed class FacilitationMessages(
    TrainingHubDbContext db, FacilitationReminders reminders, Messages.Outbox outbox, MessageOptions options, TimeProvider clock) : INotificationRecheck
{
    private const string KeyValue = "reminder.key";

    public IReadOnlyCollection<string> Kinds { get; } = [MessageKinds.FacilitatorActionDue, MessageKinds.ReviewDue];

    public async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var due = await reminders.DueAsync(LondonTime.Today(clock));
        var queued = 0;
        foreach (var reminder in due)
        {
            if (await ValuesAsync(reminder, cancellationToken) is not { } values) continue;
            if (await outbox.QueueAsync(KindOf(reminder), $"practice:{reminder.PracticeId}", reminder.PersonId, values[KeyValue],
                    values, clock.GetUtcNow(), cancellationToken)) queued++;
        }
        return queued;
    }

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        var now = await reminders.DueAsync(LondonTime.Today(clock));
        var same = now.FirstOrDefault(r => r.PersonId == recipientPersonId && KindOf(r) == kind && Key(r) == queuedValues.GetValueOrDefault(KeyValue));
        return same is null ? null : await ValuesAsync(same, cancellationToken);
    }

    private static string KindOf(Reminder reminder) =>
        reminder.Kind == ReminderKind.ReviewDue ? MessageKinds.ReviewDue : MessageKinds.FacilitatorActionDue;

    /// <summary>The occurrence: the due date and what is due, so a new due date or a new action is a new message.</summary>
    private static string Key(Reminder reminder) =>
        $"{reminder.DueOn:yyyyMMdd}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(reminder.Href + "\n" + reminder.What)))[..16]}";

    private async Task<Dictionary<string, string>?> ValuesAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        var name = await db.People.AsNoTracking().Where(p => p.Id == reminder.PersonId && p.IsActive)
            .Select(p => p.GivenName).FirstOrDefaultAsync(cancellationToken);
        if (name is null) return null;
        return new Dictionary<string, string>
        {
            [KeyValue] = Key(reminder),
            ["person.given_name"] = name,
            ["practice.name"] = reminder.Practice,
            ["reminder.what"] = reminder.What,
            ["reminder.due_on"] = reminder.DueOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")),
            ["reminder.url"] = options.Link(reminder.Href),
            ["programme.name"] = options.ProgrammeName,
        };
    }
}

/// <summary>Each morning at 07:00 UK time: queue facilitator action and review reminders.</summary>
public sealed class FacilitationRemindersJob(FacilitationMessages messages)
{
    public const string Id = "facilitation-reminders";

    // Each reminder has one key in the outbox, so a retry queues only what the failed run did not.
    [DisableConcurrentExecution(timeoutInSeconds: 30 * 60)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<string> RunAsync(CancellationToken cancellationToken) => $"{await messages.QueueAsync(cancellationToken)} queued";

    public static void Register(IRecurringJobManager jobs) =>
        jobs.AddOrUpdate<FacilitationRemindersJob>(Id, j => j.RunAsync(CancellationToken.None), Cron.Daily(7), PortalJobs.InLondon);
}
