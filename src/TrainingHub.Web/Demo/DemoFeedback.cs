using Bogus;
using Microsoft.EntityFrameworkCore;
using TrainingHub.Web.Data;
using TrainingHub.Web.Data.Entities.Events;
using TrainingHub.Web.Data.Entities.Feedback;
using TrainingHub.Web.Domain.Bookings;
using TrainingHub.Web.Domain.Feedback;

namespace TrainingHub.Web.Demo;

/// <summary>
/// Feedback from about three in four of those who completed a held event, answering the questions its type asks,
/// a few days after it. Most rate the day well and feel more confident; some leave a comment.
/// </summary>
public sealed class DemoFeedback(TrainingHubDbContext db, Faker faker)
{
    private static readonly string[] MostUseful =
    [
        "Practising the care planning conversation in pairs.",
        "Seeing how the results letter gets people ready for the conversation.",
        "Hearing how another practice reorganised its recall.",
        "The video of a real care planning conversation.",
    ];

    private static readonly string[] ToImprove =
    [
        "More time on templates in our clinical system.",
        "A shorter lunch and an earlier finish.",
        "Examples for people with several long-term conditions.",
    ];

    /// <param name="owedBy">Someone who completed the event but has not given feedback yet.</param>
    public async Task AddAsync(ProgrammeEvent e, string typeSlug, int? owedBy)
    {
        var questions = (await db.EventTypeFeedbackSettings.AsNoTracking().SingleOrDefaultAsync(s => s.EventTypeId == e.EventTypeId))?.Questions
            ?? QuestionSet.DefaultFor(typeSlug);
        var completed = await db.Bookings.Where(b => b.ProgrammeEventId == e.Id && b.State == BookingState.Attended && b.PersonId != owedBy)
            .OrderBy(b => b.Id).Select(b => b.Id).ToListAsync();
        foreach (var booking in completed.Where(_ => faker.Random.Bool(0.75f)))
            db.FeedbackResponses.Add(Response(booking, e, questions));
        await db.SaveChangesAsync();
    }

    private FeedbackResponse Response(int bookingId, ProgrammeEvent e, QuestionSet questions)
    {
        var at = e.EndsAt!.Value.AddDays(faker.Random.Int(1, 6));
        var before = faker.Random.Int(1, 3);
        return new FeedbackResponse
        {
            BookingId = bookingId, ProgrammeEventId = e.Id, OverallRating = faker.Random.WeightedRandom([5, 4, 3, 2], [0.45f, 0.4f, 0.12f, 0.03f]),
            BetterUnderstanding = questions.AskUnderstanding
                ? faker.Random.WeightedRandom([Agreement.StronglyAgree, Agreement.Agree, Agreement.NeitherAgreeNorDisagree, Agreement.Disagree], [0.4f, 0.45f, 0.1f, 0.05f])
                : null,
            ConfidenceBefore = questions.AskConfidence ? before : null,
            ConfidenceAfter = questions.AskConfidence ? Math.Min(5, before + faker.Random.Int(0, 3)) : null,
            TrainingNeeds = questions.AskTrainingNeeds
                ? faker.PickRandom(new[] { TrainingNeeds.None, TrainingNeeds.LowMoodAndPsychological, TrainingNeeds.Dementia, TrainingNeeds.Musculoskeletal, TrainingNeeds.MultipleLongTermConditions | TrainingNeeds.Frailty })
                : null,
            MostUseful = faker.Random.Bool(0.5f) ? faker.PickRandom(MostUseful) : null,
            ToImprove = faker.Random.Bool(0.25f) ? faker.PickRandom(ToImprove) : null,
            MayQuote = faker.Random.Bool(0.6f), SubmittedAt = at, UpdatedAt = at,
        };
    }
}
