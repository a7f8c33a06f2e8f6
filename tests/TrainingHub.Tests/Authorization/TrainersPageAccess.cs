using TrainingHub.Tests.Infrastructure;
using TrainingHub.Tests.Pages.Trainers;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Tests.Authorization;

public sealed class TrainersPageAccess : PageAccess
{
    public override async Task<IEnumerable<AccessRow>> RowsAsync(MatrixWorld world, PortalFactory factory)
    {
        var delivery = await factory.DeliveredAsync(2, 3, (world.Trainer.Id, TrainerRole.Lead));
        var observationId = await factory.WithDbAsync(async db =>
        {
            var o = new QaObservation
            {
                ObservedPersonId = world.Trainer.Id, AssessorPersonId = world.Lead.Id, ProgrammeEventId = delivery.Id,
                AccreditationSlug = TrainersTestData.Yoc, Outcome = QaOutcome.Accredited, RecordedAt = factory.Now(),
            };
            db.QaObservations.Add(o);
            await db.SaveChangesAsync();
            return o.Id;
        });
        // A trainer's record: its own trainer and leads; anyone else is refused (the POST handlers check the same in the page).
        var trainersRecord = new AccessRow("/Trainers/Record", $"/Trainers/Record/{world.Trainer.Id}",
            Access.SignIn, Access.Forbidden, Access.Allowed, Access.Forbidden, Access.Allowed);
        var notTheirs = await factory.DeliveredAsync(2, 4, (world.Lead.Id, TrainerRole.Lead));
        // A trainer's own sessions: trainers and leads; the attendee list of an event only to its trainers and leads.
        var trainersOwn = new AccessRow("/Trainers/Sessions", "/Trainers/Sessions", Access.SignIn, Access.Forbidden, Access.Allowed, Access.Forbidden, Access.Allowed);
        var observers = new AccessRow("/Trainers/Observe", "/Trainers/Observe", Access.SignIn, Access.Forbidden, Access.Allowed, Access.Forbidden, Access.Allowed);
        return
        [
            AccessRow.LeadsOnly("/Trainers/Index", "/Trainers"),
            AccessRow.SignedIn("/Trainers/Record", "/Trainers/Record"),
            trainersRecord,
            AccessRow.SignedIn("/Trainers/Record", "/Trainers/Record?handler=Note", "POST"),
            AccessRow.SignedIn("/Trainers/Record", $"/Trainers/Record/{world.Trainer.Id}?handler=Note", "POST"),
            AccessRow.SignedIn("/Trainers/Record", $"/Trainers/Record/{world.Trainer.Id}?handler=Assessor", "POST"),
            observers,
            observers with { Path = $"/Trainers/Observe/{delivery.Id}" },
            observers with { Path = $"/Trainers/Observe/{delivery.Id}", Method = "POST" },
            trainersOwn,
            trainersOwn with { Page = "/Trainers/Attendees", Path = $"/Trainers/Attendees/{delivery.Id}" },
            trainersOwn with { Page = "/Trainers/Attendees", Path = $"/Trainers/Attendees/{notTheirs.Id}", Trainer = Access.NotFound },
            trainersOwn with { Page = "/Trainers/Attendees", Path = $"/Trainers/Attendees/{delivery.Id}?handler=Csv" },
            trainersOwn with { Page = "/Trainers/Attendees", Path = $"/Trainers/Attendees/{notTheirs.Id}?handler=Csv", Trainer = Access.NotFound },
            AccessRow.LeadsOnly("/Programme/Attention", "/Programme/Attention"),
            new("/Trainers/Observation", $"/Trainers/Observation/{observationId}", Access.SignIn, Access.NotFound, Access.Allowed, Access.NotFound, Access.Allowed),
        ];
    }
}
