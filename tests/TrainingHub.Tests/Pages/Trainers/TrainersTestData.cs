using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Tests.Pages.Trainers;

/// <summary>Accreditations, deliveries and Train the Trainer completions straight into the database.</summary>
public static class TrainersTestData
{
    public const string Yoc = "yoc-training-course";

    public static Task AccreditAsync(this PortalFactory factory, int personId, DateOnly validUntil, string slug = Yoc, bool canAssess = false) =>
        factory.WithDbAsync(async db =>
        {
            db.TrainerAccreditations.Add(new TrainerAccreditation
            {
                PersonId = personId, AccreditationSlug = slug, GrantedOn = factory.GrantedOn(), ValidUntil = validUntil,
                CanAssess = canAssess, UpdatedAt = factory.Now(),
            });
            await db.SaveChangesAsync();
        });

    /// <summary>When the accreditations these helpers give were granted: a month before the portal's today.</summary>
    public static DateOnly GrantedOn(this PortalFactory factory) => factory.Today().AddDays(-30);

    /// <summary>An event of a type, with its trainers, that ran some days ago and was completed.</summary>
    public static Task<ProgrammeEvent> DeliveredAsync(this PortalFactory factory, int typeId, int daysAgo, params (int PersonId, TrainerRole Role)[] trainers) =>
        factory.WithDbAsync(async db =>
        {
            var start = new DateTimeOffset(factory.Now().UtcDateTime.Date.AddDays(-daysAgo).AddHours(9), TimeSpan.Zero);
            var e = new ProgrammeEvent
            {
                EventTypeId = typeId, Title = $"Delivery {Guid.NewGuid():N}"[..20], VenueName = "Town Hall", Capacity = 12,
                Status = EventStatus.Completed, CreatedAt = factory.Now(), UpdatedAt = factory.Now(),
                Sessions = [new EventSession { StartsAt = start, EndsAt = start.AddHours(7) }],
                Trainers = trainers.Select(t => new EventTrainer { PersonId = t.PersonId, Role = t.Role }).ToList(),
            };
            e.RecalculateDates();
            db.ProgrammeEvents.Add(e);
            await db.SaveChangesAsync();
            return e;
        });

    /// <summary>These people attended every session of a Train the Trainer event that ended some days ago.</summary>
    public static async Task<ProgrammeEvent> TrainTheTrainerCohortAsync(this PortalFactory factory, int daysAgo, params int[] completers)
    {
        var tot = await factory.DeliveredAsync(6, daysAgo);
        await factory.WithDbAsync(async db =>
        {
            foreach (var personId in completers)
                db.Bookings.Add(TestBookings.In(BookingState.Attended, tot.Id, personId, factory.Now(), completedAt: tot.EndsAt));
            await db.SaveChangesAsync();
        });
        return tot;
    }
}
