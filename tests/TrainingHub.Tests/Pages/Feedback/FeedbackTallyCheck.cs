using Bogus;
using Microsoft.Extensions.DependencyInjection;
using TrainingHub.Tests.Infrastructure;
using TrainingHub.Web.Domain.Feedback;
using TrainingHub.Web.Pages.Feedback;

namespace TrainingHub.Tests.Pages.Feedback;

/// <summary>
/// The database counts each event's answers (one row per event); the rules for what those counts mean are the
/// domain's, tested in memory. This checks the two agree over varied answers, on whichever database the factory uses.
/// </summary>
public static class FeedbackTallyCheck
{
    public static async Task DatabaseCountsAgreeWithTheDomainAsync(PortalFactory factory)
    {
        var faker = new Faker { Random = new Randomizer(7) };
        var given = new Dictionary<int, (int Completed, List<FeedbackAnswers> Answers)>();
        // The last event had one attendee who did not answer: its row must say "no responses", not vanish.
        foreach (var (title, completed, answering) in new[] { ("YOC course, Leeds", 14, 0.8f), ("YOC course, York", 9, 0.7f), ("YOC course, Hull", 1, 0f) })
        {
            var ev = await factory.PastEventAsync(title: title);
            var answers = new List<FeedbackAnswers>();
            for (var i = 0; i < completed; i++)
            {
                var (_, booking) = await factory.AttendeeAsync(ev.Id);
                if (!faker.Random.Bool(answering)) continue;
                var a = RandomAnswer(faker);
                answers.Add(a);
                await factory.ResponseAsync(booking, a.OverallRating, a.Understanding, a.ConfidenceBefore, a.ConfidenceAfter, a.Needs);
            }
            given[ev.Id] = (completed, answers);
        }

        using var scope = factory.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<FeedbackReports>().RunAsync(null, new ReportFilter());

        Assert.Equal(given.Keys.Order(), report.Events.Select(e => e.EventId).Order());
        foreach (var row in report.Events)
            Assert.Equal(Describe(FeedbackFigures.Exact(given[row.EventId].Completed, given[row.EventId].Answers)), Describe(FeedbackFigures.Exact(row.Completed, row.Tally)));
        var all = given.Values.SelectMany(g => g.Answers).ToList();
        Assert.Equal(Describe(FeedbackFigures.From(given.Values.Sum(g => g.Completed), all)), Describe(report.Overall));
        Assert.Contains(all, a => a.Needs is { } n && n != TrainingNeeds.None);   // the data exercises every kind of answer
        Assert.Contains(all, a => a.Understanding is null);
    }

    private static FeedbackAnswers RandomAnswer(Faker faker) => new(
        faker.Random.Int(1, 5),
        faker.Random.Bool(0.15f) ? null : faker.PickRandom<Agreement>(),
        faker.Random.Bool(0.2f) ? null : faker.Random.Int(1, 5),
        faker.Random.Bool(0.2f) ? null : faker.Random.Int(1, 5),
        faker.Random.Bool(0.2f) ? null : (TrainingNeeds)faker.Random.Int(0, 127));

    /// <summary>Every figure as the pages show it, with the counts behind it.</summary>
    public static string Describe(FeedbackFigures f) => string.Join(" | ",
        f.ResponseRate.Display(), f.BetterUnderstanding.Display(),
        $"{f.ConfidenceBefore.Value}/{f.ConfidenceBefore.Of}", $"{f.ConfidenceAfter.Value}/{f.ConfidenceAfter.Of}",
        $"{f.ConfidenceShift.Value}/{f.ConfidenceShift.Of}", $"{f.OverallRating.Value}/{f.OverallRating.Of}",
        string.Join(",", f.Ratings.Select(r => r.Display())), string.Join(",", f.Needs.Select(n => $"{n.Need}:{n.Share.Display()}")));
}
