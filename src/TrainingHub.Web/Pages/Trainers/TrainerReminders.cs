using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Web.Pages.Trainers;

/// <summary>
/// Queues the trainer pool's reminders: an accreditation 90 and 30 days from expiry (to the trainer and to leads), and
/// a trainee still not observed 60 days after Train the Trainer (to leads). The outbox sends each occurrence once.
/// </summary>
public sealed class TrainerReminders(TrainingHubDbContext db, Messages.Outbox outbox, TrainerPathways pathways, TimeProvider clock, IConfiguration configuration)
{
    public const string ExpiringToTrainer = "trainer-accreditation-expiring";
    public const string ExpiringToLead = "trainer-accreditation-expiring-lead";
    public const string QaNeeded = "trainer-qa-needed";
    public const string AccreditationKey = "check.accreditation_id";
    public const string ValidUntilKey = "check.valid_until";
    public const string TraineeKey = "check.trainee_id";

    public async Task<int> QueueDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = LondonTime.DateOf(now);
        var leads = await LeadsAsync(cancellationToken);
        var queued = 0;
        var current = await db.TrainerAccreditations.AsNoTracking().Where(a => a.ValidUntil >= today)
            .Select(a => new
            {
                a.Id, a.PersonId, a.AccreditationSlug, a.GrantedOn, a.ValidUntil, GivenName = a.Person!.GivenName, Name = a.Person.GivenName + " " + a.Person.FamilyName,
                TypeName = db.EventTypes.Where(t => t.Slug == a.AccreditationSlug).Select(t => t.Name).FirstOrDefault()
            })
            .ToListAsync(cancellationToken);
        foreach (var a in current)
        {
            if (AccreditationRules.ReminderDue(new(a.AccreditationSlug, a.GrantedOn, a.ValidUntil), today) is not { } milestone) continue;
            var values = Values(a.GivenName, a.Name, a.TypeName ?? a.AccreditationSlug, a.ValidUntil, today);
            values[AccreditationKey] = a.Id.ToString();
            values[ValidUntilKey] = a.ValidUntil.ToString("yyyy-MM-dd");
            var occurrence = $"accreditation-{a.Id}-{a.ValidUntil:yyyy-MM-dd}-{milestone}";
            var subject = $"Accreditation expires in {milestone} days";
            if (await outbox.QueueAsync(ExpiringToTrainer, subject, a.PersonId, occurrence, values, now, cancellationToken)) queued++;
            foreach (var lead in leads)
            {
                var toLead = new Dictionary<string, string>(values) { ["person.given_name"] = lead.GivenName };
                if (await outbox.QueueAsync(ExpiringToLead, subject, lead.Id, occurrence, toLead, now, cancellationToken)) queued++;
            }
        }
        foreach (var trainee in (await pathways.TraineesAsync()).Where(t => TrainerPathway.QaReminderDue(t.Facts, today)))
        {
            foreach (var lead in leads)
            {
                var values = new Dictionary<string, string>
                {
                    ["person.given_name"] = lead.GivenName, ["trainer.name"] = trainee.Name, ["cohort.title"] = trainee.CohortTitle,
                    ["cohort.completed_on"] = trainee.Facts.CompletedTrainTheTrainerOn.ToString("d MMMM yyyy"),
                    ["programme.name"] = ProgrammeName, [TraineeKey] = trainee.PersonId.ToString(),
                };
                if (await outbox.QueueAsync(QaNeeded, "QA observation still needed", lead.Id, $"qa-needed-{trainee.PersonId}-{trainee.CohortEventId}", values, now, cancellationToken))
                    queued++;
            }
        }
        return queued;
    }

    private string ProgrammeName => configuration["Programme:Name"] ?? "TrainingHub";

    private Dictionary<string, string> Values(string givenName, string trainer, string accreditation, DateOnly validUntil, DateOnly today) => new()
    {
        ["person.given_name"] = givenName, ["trainer.name"] = trainer, ["accreditation.name"] = accreditation,
        ["accreditation.valid_until"] = validUntil.ToString("d MMMM yyyy"),
        ["accreditation.days_left"] = (validUntil.DayNumber - today.DayNumber).ToString(),
        ["programme.name"] = ProgrammeName,
    };

    private sealed record Lead(int Id, string GivenName);

    private Task<List<Lead>> LeadsAsync(CancellationToken cancellationToken) =>
        db.People.AsNoTracking()
            .Where(p => p.IsActive && db.Users.Any(u => u.PersonId == p.Id && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == PortalRoles.ProgrammeLead)))
            .OrderBy(p => p.Id).Select(p => new Lead(p.Id, p.GivenName)).ToListAsync(cancellationToken);
}
