using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.People;
using TrainingHub.Web.Messages;
using TrainingHub.Web.Pages.Trainers;
using TrainingHub.Web.SignIn;

namespace TrainingHub.Tests.Pages.Trainers;

public sealed class TrainerReminderTests : IDisposable
{
    private readonly PortalFactory factory = new PortalFactory().With("Jobs:Enabled", "false").OnTestClock();

    public void Dispose() => factory.Dispose();

    private async Task<int> QueueAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainerReminders>().QueueDueAsync(CancellationToken.None);
    }

    private async Task<IReadOnlyDictionary<string, string>?> RecheckAsync(string kind, int recipient, string valuesJson)
    {
        using var scope = factory.Services.CreateScope();
        var recheck = scope.ServiceProvider.GetServices<INotificationRecheck>().Single(r => r.Kinds.Contains(kind));
        return await recheck.StillToSendAsync(kind, "", recipient, JsonSerializer.Deserialize<Dictionary<string, string>>(valuesJson)!, CancellationToken.None);
    }

    [Fact]
    public async Task An_accreditation_30_days_from_expiry_reminds_the_trainer_and_each_lead_once_and_a_renewal_drops_the_reminder()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.AccreditAsync(trainer.Id, factory.Today().AddDays(30));

        Assert.Equal(2, await QueueAsync());
        Assert.Equal(0, await QueueAsync());
        var queued = await factory.WithDbAsync(db => db.Notifications.OrderBy(n => n.RecipientPersonId).ToListAsync());
        Assert.Equal([(TrainerReminders.ExpiringToTrainer, trainer.Id), (TrainerReminders.ExpiringToLead, lead.Id)],
            queued.Select(n => (n.Kind, n.RecipientPersonId)).OrderBy(k => k.Kind == TrainerReminders.ExpiringToLead));
        Assert.Contains("\"accreditation.days_left\":\"30\"", queued[0].ValuesJson);
        Assert.NotNull(await RecheckAsync(queued[0].Kind, queued[0].RecipientPersonId, queued[0].ValuesJson));

        await factory.WithDbAsync(db => db.TrainerAccreditations.ExecuteUpdateAsync(s => s.SetProperty(a => a.ValidUntil, a => a.ValidUntil.AddYears(2))));
        Assert.Null(await RecheckAsync(queued[0].Kind, queued[0].RecipientPersonId, queued[0].ValuesJson));
    }

    [Fact]
    public async Task An_accreditation_more_than_90_days_from_expiry_reminds_nobody()
    {
        await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var trainer = await factory.Data.PersonAsync(null, ProfessionalRole.OtherClinical, PortalRoles.Trainer);
        await factory.AccreditAsync(trainer.Id, factory.Today().AddDays(91));
        Assert.Equal(0, await QueueAsync());
    }

    [Fact]
    public async Task A_trainee_unobserved_60_days_after_ToT_prompts_the_leads_until_observed()
    {
        var lead = await factory.Data.PersonAsync(null, ProfessionalRole.Other, PortalRoles.ProgrammeLead);
        var early = await factory.Data.PersonAsync();
        var due = await factory.Data.PersonAsync();
        await factory.TrainTheTrainerCohortAsync(30, early.Id);
        var cohort = await factory.TrainTheTrainerCohortAsync(61, due.Id);

        Assert.Equal(1, await QueueAsync());
        var reminder = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == TrainerReminders.QaNeeded));
        Assert.Equal((TrainerReminders.QaNeeded, lead.Id), (reminder.Kind, reminder.RecipientPersonId));
        Assert.Contains(cohort.Title, reminder.ValuesJson);

        var delivery = await factory.DeliveredAsync(2, 5, (due.Id, TrainerRole.CoTrainer));
        await factory.WithDbAsync(db =>
        {
            db.QaObservations.Add(new()
            {
                ObservedPersonId = due.Id, AssessorPersonId = lead.Id, ProgrammeEventId = delivery.Id,
                AccreditationSlug = TrainersTestData.Yoc, Outcome = TrainingHub.Web.Domain.Trainers.QaOutcome.FurtherDevelopmentNeeded, RecordedAt = factory.Now()
            });
            return db.SaveChangesAsync();
        });
        Assert.Null(await RecheckAsync(reminder.Kind, reminder.RecipientPersonId, reminder.ValuesJson));
    }
}
