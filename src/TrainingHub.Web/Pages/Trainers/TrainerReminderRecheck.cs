using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Messages;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// At send time: an expiry reminder goes only while the accreditation still ends on the day it was queued for (a
/// renewal makes it stale); a QA-needed reminder only while the trainee is still unobserved and unaccredited.
/// </summary>
public sealed class TrainerReminderRecheck(TrainingHubDbContext db, TimeProvider clock) : INotificationRecheck
{
    public IReadOnlyCollection<string> Kinds { get; } =
        [TrainerReminders.ExpiringToTrainer, TrainerReminders.ExpiringToLead, TrainerReminders.QaNeeded];

    public async Task<IReadOnlyDictionary<string, string>?> StillToSendAsync(
        string kind, string subject, int recipientPersonId, IReadOnlyDictionary<string, string> queuedValues, CancellationToken cancellationToken)
    {
        var today = LondonTime.DateOf(clock.GetUtcNow());
        if (kind == TrainerReminders.QaNeeded)
        {
            if (!int.TryParse(queuedValues.GetValueOrDefault(TrainerReminders.TraineeKey), out var traineeId)) return null;
            var stillNeeded = !await db.QaObservations.AnyAsync(o => o.ObservedPersonId == traineeId, cancellationToken)
                && !await db.TrainerAccreditations.AnyAsync(a => a.PersonId == traineeId && a.ValidUntil >= today, cancellationToken);
            return stillNeeded ? queuedValues : null;
        }
        if (!int.TryParse(queuedValues.GetValueOrDefault(TrainerReminders.AccreditationKey), out var id)
            || !DateOnly.TryParse(queuedValues.GetValueOrDefault(TrainerReminders.ValidUntilKey), out var validUntil)) return null;
        var unchanged = await db.TrainerAccreditations.AnyAsync(a => a.Id == id && a.ValidUntil == validUntil, cancellationToken);
        if (!unchanged || validUntil < today) return null;
        return new Dictionary<string, string>(queuedValues) { ["accreditation.days_left"] = (validUntil.DayNumber - today.DayNumber).ToString() };
    }
}
