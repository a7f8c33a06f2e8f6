using Bogus;
using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Domain.Events;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Events over five years: four years back and one ahead of the start of the current month, on weekdays, in every
/// place, mostly the clinician courses. Past events are completed (a few cancelled), coming ones published. Each
/// has its sessions on consecutive weekdays at the type's usual London times, a lead trainer and often a co-trainer.
/// </summary>
public sealed class NationalEvents
{
    private static readonly int[] TypeWeights = [6, 10, 3, 5, 3, 1, 1, 1, 1, 2, 2, 2, 2, 2];

    public List<ProgrammeEvent> Events { get; } = [];
    public List<EventSession> Sessions { get; } = [];
    public List<EventTrainer> Trainers { get; } = [];

    public static NationalEvents Generate(Faker faker, NationalSizes sizes, NationalWorld world, DateOnly thisMonth, DateTimeOffset now)
    {
        var generated = new NationalEvents();
        var first = thisMonth.AddYears(-4);
        var days = thisMonth.AddYears(1).DayNumber - first.DayNumber;
        var types = EventTypeSeeds.All;
        // Bogus picks by cumulative weight against a number below 1: the weights must add up to 1.
        var total = (float)TypeWeights.Sum();
        var weights = TypeWeights.Select(w => w / total).ToArray();
        for (var id = 1; id <= sizes.Events; id++)
        {
            var type = faker.Random.WeightedRandom(types, weights);
            var day = Weekday(first.AddDays(faker.Random.Int(0, days - 1)));
            generated.Add(faker, world, id, type, day, now);
        }
        return generated;
    }

    private void Add(Faker faker, NationalWorld world, int id, EventType type, DateOnly day, DateTimeOffset now)
    {
        var placeId = faker.PickRandom(world.PlaceIds);
        var online = faker.Random.Bool(0.3f);
        var e = new ProgrammeEvent
        {
            Id = id, EventTypeId = type.Id, Title = type.Name, PlaceId = placeId, IsOnline = online, Capacity = type.DefaultCapacity,
            VenueName = online ? null : $"{faker.Address.City()} {faker.PickRandom("Health Centre", "Education Centre", "Community Hall")}",
            VenueAddress = online ? null : $"{faker.Address.StreetAddress()}, {faker.Address.ZipCode()}",
            JoiningLink = online ? $"https://meet.nhs.example/{id}" : null,
            CreatedAt = now, UpdatedAt = now,
        };
        for (var d = 0; d < type.DefaultDays; d++)
        {
            var date = Weekday(day.AddDays(d));
            var session = new EventSession
            {
                Id = Sessions.Count + 1, ProgrammeEventId = id,
                StartsAt = LondonTime.ToInstant(date, type.DefaultStartTime).Instant!.Value,
                EndsAt = LondonTime.ToInstant(date, type.DefaultEndTime).Instant!.Value,
            };
            Sessions.Add(session);
            e.Sessions.Add(session);
        }
        e.StartsAt = e.Sessions.Min(s => s.StartsAt);
        e.EndsAt = e.Sessions.Max(s => s.EndsAt);
        // Booking opens when the year's schedule is published, about six months ahead.
        e.BookingOpensAt = e.StartsAt.Value.AddDays(-180);
        e.Status = e.EndsAt < now ? (faker.Random.Bool(0.03f) ? EventStatus.Cancelled : EventStatus.Completed) : EventStatus.Published;
        if (e.Status == EventStatus.Cancelled) e.CancellationReason = "Trainer unavailable";
        AddTrainers(faker, world, id);
        world.Events.Add(new NationalWorld.GeneratedEvent(id, placeId, type.Id, e.Capacity, e.Status, e.EndsAt.Value, [.. e.Sessions.Select(s => s.Id)]));
        e.Sessions = [];
        Events.Add(e);
    }

    private void AddTrainers(Faker faker, NationalWorld world, int eventId)
    {
        // The demo trainer account delivers a share of events, so its pages have real work on them.
        var lead = faker.Random.Bool(0.02f) ? world.TrainerIds[0] : faker.PickRandom(world.TrainerIds);
        Trainers.Add(new EventTrainer { Id = Trainers.Count + 1, ProgrammeEventId = eventId, PersonId = lead, Role = TrainerRole.Lead });
        var co = faker.PickRandom(world.TrainerIds);
        if (co != lead && faker.Random.Bool(0.6f))
            Trainers.Add(new EventTrainer { Id = Trainers.Count + 1, ProgrammeEventId = eventId, PersonId = co, Role = TrainerRole.CoTrainer });
    }

    private static DateOnly Weekday(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(2),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };
}
