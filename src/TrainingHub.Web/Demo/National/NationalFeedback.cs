using Bogus;
using TrainingHub.Web.Data.Configurations;
using TrainingHub.Web.Data.Entities.Bookings;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Demo.National;

/// <summary>
/// Feedback from half of the attended bookings (about 200,000 at national scale), a few days after the event,
/// answering the questions the event type's form asks by default. Its own random stream, so the bookings before it
/// come out the same with or without it.
/// </summary>
public sealed class NationalFeedback(Faker faker, NationalWorld world)
{
    private const float ShareWhoAnswer = 0.5f;
    private static readonly Dictionary<int, QuestionSet> Questions =
        EventTypeSeeds.All.ToDictionary(t => t.Id, t => QuestionSet.DefaultFor(t.Slug));

    private readonly Dictionary<int, NationalWorld.GeneratedEvent> events = world.Events.ToDictionary(e => e.Id);
    private int id;

    public IEnumerable<FeedbackResponse> For(IEnumerable<Booking> bookings)
    {
        foreach (var booking in bookings)
        {
            if (booking.State != BookingState.Attended || !faker.Random.Bool(ShareWhoAnswer)) continue;
            var e = events[booking.ProgrammeEventId];
            yield return Response(booking, e, Questions[e.TypeId]);
        }
    }

    private FeedbackResponse Response(Booking booking, NationalWorld.GeneratedEvent e, QuestionSet asks)
    {
        var before = faker.Random.Int(1, 4);
        var submittedAt = e.EndsAt.AddHours(faker.Random.Int(2, 7 * 24));
        return new FeedbackResponse
        {
            Id = ++id, BookingId = booking.Id, ProgrammeEventId = e.Id,
            OverallRating = faker.Random.WeightedRandom([5, 4, 3, 2, 1], [0.45f, 0.35f, 0.12f, 0.05f, 0.03f]),
            BetterUnderstanding = asks.AskUnderstanding ? faker.Random.WeightedRandom(Enum.GetValues<Agreement>(), [0.02f, 0.05f, 0.13f, 0.45f, 0.35f]) : null,
            ConfidenceBefore = asks.AskConfidence ? before : null,
            ConfidenceAfter = asks.AskConfidence ? faker.Random.Int(before, 5) : null,
            MostUseful = faker.Random.Bool(0.6f) ? faker.Lorem.Sentence(10) : null,
            ToImprove = faker.Random.Bool(0.4f) ? faker.Lorem.Sentence(8) : null,
            TrainingNeeds = asks.AskTrainingNeeds ? Needs() : null,
            MayQuote = faker.Random.Bool(0.3f), SubmittedAt = submittedAt, UpdatedAt = submittedAt, Version = 1,
        };
    }

    private TrainingNeeds Needs() => faker.PickRandom(FeedbackWords.EachNeed.Where(n => n != TrainingNeeds.Other), faker.Random.Int(0, 2))
        .Aggregate(TrainingNeeds.None, (all, need) => all | need);
}
