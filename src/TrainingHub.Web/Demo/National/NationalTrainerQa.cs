using Bogus;
using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Trainers;
using TrainingHub.Web.Domain.Events;
using TrainingHub.Web.Domain.Trainers;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Every trainer's quality-assurance history: one to three observations of events they led, by a trainer with
/// assessor rights (one in twenty has them), rated on every criterion; an accredited observation grants or renews
/// the accreditation the delivery shows, valid for the default two years. Its own random stream.
/// </summary>
public sealed class NationalTrainerQa(Faker faker, NationalWorld world, DateTimeOffset now)
{
    private static readonly Dictionary<int, string> ShownBy = EventTypeSeeds.All.ToDictionary(t => t.Id, t => t.RequiredAccreditation ?? t.Slug);

    public List<QaObservation> Observations { get; } = [];
    public List<QaCriterionRating> Ratings { get; } = [];
    public List<TrainerAccreditation> Accreditations { get; } = [];

    public static NationalTrainerQa Generate(Faker faker, NationalWorld world, IEnumerable<EventTrainer> trainers, DateTimeOffset now)
    {
        var qa = new NationalTrainerQa(faker, world, now);
        var delivered = world.Events.Where(e => e.Status == EventStatus.Completed).ToDictionary(e => e.Id);
        var led = trainers.Where(t => t.Role == TrainerRole.Lead && delivered.ContainsKey(t.ProgrammeEventId))
            .GroupBy(t => t.PersonId).ToDictionary(g => g.Key, g => g.Select(t => delivered[t.ProgrammeEventId]).OrderBy(e => e.EndsAt).ToList());
        var assessors = world.TrainerIds.Where((_, i) => i % 20 == 0).ToList();
        foreach (var trainer in world.TrainerIds)
            qa.Observe(trainer, led.GetValueOrDefault(trainer) ?? [], assessors);
        return qa;
    }

    private void Observe(int trainer, List<NationalWorld.GeneratedEvent> led, List<int> assessors)
    {
        var held = new Dictionary<string, TrainerAccreditation>();
        foreach (var e in faker.PickRandom(led, Math.Min(led.Count, faker.Random.Int(1, 3))).OrderBy(e => e.EndsAt))
        {
            var assessor = faker.PickRandom(assessors.Where(a => a != trainer).DefaultIfEmpty(world.TrainerIds[0]).ToList());
            if (assessor == trainer) continue;
            var observation = Observation(trainer, assessor, e);
            if (observation.Outcome == QaOutcome.Accredited) Grant(held, observation, canAssess: assessors.Contains(trainer));
        }
        Accreditations.AddRange(held.Values);
    }

    private QaObservation Observation(int trainer, int assessor, NationalWorld.GeneratedEvent e)
    {
        var accredited = faker.Random.Bool(0.85f);
        var observation = new QaObservation
        {
            Id = Observations.Count + 1, ObservedPersonId = trainer, AssessorPersonId = assessor, ProgrammeEventId = e.Id,
            AccreditationSlug = ShownBy[e.TypeId], ObservedOn = LondonTime.DateOf(e.EndsAt),
            Outcome = accredited ? QaOutcome.Accredited : QaOutcome.FurtherDevelopmentNeeded,
            DevelopmentActions = accredited ? null : faker.Lorem.Sentence(12), RecordedAt = e.EndsAt.AddDays(faker.Random.Int(1, 10)),
        };
        Observations.Add(observation);
        foreach (var criterion in QaCriteria.All)
            Ratings.Add(new QaCriterionRating
            {
                Id = Ratings.Count + 1, QaObservationId = observation.Id, Criterion = criterion,
                Rating = accredited ? faker.PickRandom(QaRating.Met, QaRating.Exceeded) : faker.PickRandom(QaRating.NotYetMet, QaRating.PartlyMet, QaRating.Met),
                Evidence = faker.Lorem.Sentence(10),
            });
        return observation;
    }

    private void Grant(Dictionary<string, TrainerAccreditation> held, QaObservation observation, bool canAssess)
    {
        if (!held.TryGetValue(observation.AccreditationSlug, out var accreditation))
            held[observation.AccreditationSlug] = accreditation = new TrainerAccreditation
            {
                Id = Accreditations.Count + held.Count + 1, PersonId = observation.ObservedPersonId, AccreditationSlug = observation.AccreditationSlug,
            };
        accreditation.GrantedOn = observation.ObservedOn;
        accreditation.ValidUntil = AccreditationRules.ValidUntil(observation.ObservedOn, AccreditationRules.DefaultYears);
        accreditation.CanAssess = canAssess;
        accreditation.LastObservationId = observation.Id;
        accreditation.UpdatedAt = now;
    }
}
