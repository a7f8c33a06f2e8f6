using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Pages.Events;

/// <summary>Events straight into the database, for tests that care about what happens to them next.</summary>
public static class EventsTestData
{
    public static Task<ProgrammeEvent> EventAsync(this PortalFactory factory, EventStatus status = EventStatus.Published,
        DateTimeOffset? startsAt = null, int? trainerId = null) => factory.WithDbAsync(async db =>
    {
        var start = startsAt ?? factory.Now().AddDays(30);
        var e = new ProgrammeEvent
        {
            EventTypeId = 2, Title = "YOC training course, Reading", VenueName = "Town Hall", Capacity = 20, Status = status,
            CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
            Sessions = [new EventSession { StartsAt = start, EndsAt = start.AddHours(6) }],
        };
        if (trainerId is { } id) e.Trainers.Add(new EventTrainer { PersonId = id, Role = TrainerRole.Lead });
        e.RecalculateDates();
        db.ProgrammeEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    });
}
